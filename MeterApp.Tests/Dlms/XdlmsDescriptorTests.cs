using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsDescriptorTests
    {
        [TestMethod]
        public void AttributeDescriptorRoundTripsAtAnOffset()
        {
            byte[] bytes = Hex.Parse("AA" + "0003" + "0100010800FF" + "02");
            CosemAttributeDescriptor descriptor;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)CosemAttributeDescriptor.Decode(bytes, 1, 9, out descriptor));
            Assert.AreEqual((ushort)3, descriptor.ClassId);
            CollectionAssert.AreEqual(new byte[] { 1, 0, 1, 8, 0, 255 }, descriptor.LogicalName);
            Assert.AreEqual((sbyte)2, descriptor.AttributeId);

            byte[] written = new byte[11];
            Assert.AreEqual(CosemAttributeDescriptor.Size, descriptor.Encode(written, 2, 9));
            Assert.AreEqual("0000" + "0003" + "0100010800ff" + "02", Hex.Format(written));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, descriptor.Encode(written, 0, 8));
        }

        [TestMethod]
        public void NegativeIdsAreManufacturerSpecificAndRoundTrip()
        {
            CosemMethodDescriptor method = new CosemMethodDescriptor(0xFFFF, new byte[] { 0, 0, 96, 1, 0, 255 }, -1);
            byte[] bytes = new byte[CosemMethodDescriptor.Size];
            method.Encode(bytes, 0, bytes.Length);
            Assert.AreEqual("ffff" + "0000600100ff" + "ff", Hex.Format(bytes));
            CosemMethodDescriptor back;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)CosemMethodDescriptor.Decode(bytes, 0, bytes.Length, out back));
            Assert.AreEqual((sbyte)-1, back.MethodId);
            Assert.AreEqual((ushort)0xFFFF, back.ClassId);
        }

        [TestMethod]
        public void DescriptorsCopyTheLogicalName()
        {
            byte[] name = new byte[] { 0, 0, 1, 0, 0, 255 };
            CosemAttributeDescriptor descriptor = new CosemAttributeDescriptor(8, name, 2);
            name[2] = 9;
            descriptor.LogicalName[3] = 9;
            CollectionAssert.AreEqual(new byte[] { 0, 0, 1, 0, 0, 255 }, descriptor.LogicalName);
            Assert.IsFalse(descriptor.HasLogicalName(null));
            Assert.IsFalse(descriptor.HasLogicalName(new byte[5]));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new CosemAttributeDescriptor(8, new byte[5], 2));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new CosemMethodDescriptor(8, null, 2));
        }

        [TestMethod]
        public void InvokeIdAndPriorityBits()
        {
            Assert.AreEqual((byte)0x00, InvokeIdAndPriority.Make(0, false, false));
            Assert.AreEqual((byte)0x4F, InvokeIdAndPriority.Make(15, true, false));
            Assert.AreEqual((byte)0x81, InvokeIdAndPriority.Make(1, false, true));
            Assert.AreEqual(15, InvokeIdAndPriority.InvokeId(0xFF));
            Assert.IsTrue(InvokeIdAndPriority.IsConfirmed(0x40));
            Assert.IsFalse(InvokeIdAndPriority.IsHighPriority(0x40));
            Assert.IsTrue(InvokeIdAndPriority.IsHighPriority(0x80));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => InvokeIdAndPriority.Make(16, true, true));
        }

        [TestMethod]
        public void SelectiveAccessDescriptorRoundTrips()
        {
            // Access part of u9n/dlms-cosem test_selective_access.py test_parse_range_descriptor (after the 01 flag).
            byte[] bytes = Hex.Parse("010204020412000809060000010000FF0F02120000090C07E10A010700000000FFC480090C07E10A010701000000FFC4800100");
            SelectiveAccessDescriptor access;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)SelectiveAccessDescriptor.Decode(bytes, 0, bytes.Length, new AxdrDecoder(), out access, out consumed));
            Assert.AreEqual(bytes.Length, consumed);
            Assert.AreEqual((byte)1, access.AccessSelector);
            Assert.AreEqual(bytes.Length, access.Size);
            byte[] written = new byte[bytes.Length];
            Assert.AreEqual(bytes.Length, access.Encode(written, 0, written.Length));
            CollectionAssert.AreEqual(bytes, written);

            Assert.AreEqual((int)XdlmsResult.Truncated, (int)SelectiveAccessDescriptor.Decode(bytes, 0, 1, new AxdrDecoder(), out access, out consumed));
            Assert.IsNull(access);
            Assert.AreEqual(0, consumed);
            Assert.AreEqual(1, SelectiveAccessDescriptor.OptionalSize(null));
        }

        [TestMethod]
        public void GetDataResultAlternatives()
        {
            GetDataResult result;
            int consumed;
            byte[] data = Hex.Parse("0012002A99");
            Assert.AreEqual((int)XdlmsResult.Ok, (int)GetDataResult.Decode(data, 0, data.Length, new AxdrDecoder(), out result, out consumed));
            Assert.AreEqual(4, consumed);
            Assert.AreEqual(42L, result.Data.AsInt64());

            byte[] error = Hex.Parse("010E");
            Assert.AreEqual((int)XdlmsResult.Ok, (int)GetDataResult.Decode(error, 0, error.Length, new AxdrDecoder(), out result, out consumed));
            Assert.AreEqual((int)DataAccessResult.DataBlockUnavailable, (int)result.AccessResult);
            byte[] written = new byte[2];
            Assert.AreEqual(2, result.Encode(written, 0, 2));
            CollectionAssert.AreEqual(error, written);

            Assert.AreEqual((int)XdlmsResult.Malformed, (int)GetDataResult.Decode(Hex.Parse("0200"), 0, 2, new AxdrDecoder(), out result, out consumed));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => GetDataResult.FromData(null));
        }
    }
}
