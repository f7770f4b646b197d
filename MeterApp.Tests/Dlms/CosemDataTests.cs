using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Data (class 1) and the index, logical name and selective access rules of the shared base.</summary>
    [TestClass]
    public class CosemDataTests
    {
        [TestMethod]
        public void AnswersClassVersionNameAndValue()
        {
            Data data = new Data(CosemTest.AnyName, new FixedValue(DlmsData.OctetString(new byte[] { 0x41, 0x42 })));
            Assert.AreEqual((ushort)1, data.ClassId);
            Assert.AreEqual((byte)0, data.Version);
            Assert.AreEqual(2, data.AttributeCount);
            Assert.AreEqual(0, data.MethodCount);
            Assert.AreEqual("09060000600100ff", CosemTest.Encoded(CosemTest.Get(data, 1)));
            Assert.AreEqual("09024142", CosemTest.Encoded(CosemTest.Get(data, 2)));
        }

        [TestMethod]
        public void KeepsItsOwnCopyOfTheName()
        {
            byte[] name = new byte[] { 0, 0, 96, 1, 0, 255 };
            Data data = new Data(name, new FixedValue(DlmsData.Null()));
            name[2] = 1;
            Assert.AreEqual((byte)96, data.LogicalName[2]);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(3)]
        [DataRow(-1)]
        public void AnIndexOutsideTheClassIsObjectUndefined(int index)
        {
            Data data = new Data(CosemTest.AnyName, new SettableValue());
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)data.Get(new CosemRequestContext(), index, null, out value));
            Assert.IsNull(value);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)CosemTest.Set(data, index, DlmsData.DoubleLongUnsigned(1)));
            Assert.AreEqual((int)ActionResult.ObjectUndefined, (int)CosemTest.Invoke(data, 1, null));
        }

        [TestMethod]
        public void TheLogicalNameIsNeverWritable()
        {
            Data data = new Data(CosemTest.AnyName, new SettableValue());
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(data, 1, DlmsData.OctetString(new byte[6])));
        }

        [TestMethod]
        public void SelectiveAccessIsRefusedNotIgnored()
        {
            Data data = new Data(CosemTest.AnyName, new SettableValue());
            SelectiveAccessDescriptor access = new SelectiveAccessDescriptor(1, DlmsData.Null());
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.ScopeOfAccessViolated, (int)data.Get(new CosemRequestContext(), 2, access, out value));
            Assert.IsNull(value);
            Assert.AreEqual((int)DataAccessResult.ScopeOfAccessViolated, (int)data.Set(new CosemRequestContext(), 2, access, DlmsData.DoubleLongUnsigned(1)));
        }

        [TestMethod]
        public void AWritableSourceIsWrittenWithItsOwnTypeCheck()
        {
            SettableValue source = new SettableValue();
            Data data = new Data(CosemTest.AnyName, source);
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(data, 2, DlmsData.DoubleLongUnsigned(9)));
            Assert.AreEqual(9L, CosemTest.Get(data, 2).AsInt64());
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(data, 2, DlmsData.Long(9)));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(data, 2, null));
            Assert.AreEqual(9L, CosemTest.Get(data, 2).AsInt64());
        }

        [TestMethod]
        public void AReadOnlySourceIsReadWriteDenied()
        {
            Data data = new Data(CosemTest.AnyName, new FixedValue(DlmsData.Unsigned(1)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(data, 2, DlmsData.Unsigned(2)));
        }

        [TestMethod]
        public void ABadNameIsRefusedAtConstruction()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new Data(new byte[5], new FixedValue(DlmsData.Null())));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new Data(CosemTest.AnyName, null));
        }
    }
}
