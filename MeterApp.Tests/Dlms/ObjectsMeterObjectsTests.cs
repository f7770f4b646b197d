using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Identity;
using Meter.Tests.SerialConsole;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>MeterObjects: the standard instances, their classes, values and access from the outside.</summary>
    [TestClass]
    public class ObjectsMeterObjectsTests
    {
        [TestMethod]
        public void HoldsTheStandardObjectsWithTheirClasses()
        {
            MeterObjects objects = Build(new FakeMeasurementSource());
            string[] expected = new string[]
            {
                "1:0.0.42.0.0.255", "1:0.0.96.1.0.255", "1:1.0.0.2.0.255",
                "3:1.0.1.8.0.255", "3:1.0.2.8.0.255", "3:1.0.3.8.0.255", "3:1.0.4.8.0.255",
                "3:1.0.32.7.0.255", "3:1.0.31.7.0.255", "3:1.0.14.7.0.255", "3:1.0.13.7.0.255",
                "8:0.0.1.0.0.255", "64:0.0.43.0.0.255",
            };
            Assert.AreEqual(expected.Length, objects.Count);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], Describe(objects[i]));
                Assert.AreSame(objects[i], objects.Find(objects[i].ClassId, objects[i].LogicalName, 0));
            }
        }

        [TestMethod]
        public void IdentityObjectsCarryTheNameplateAndTheSoftwareVersion()
        {
            MeterObjects objects = Build(new FakeMeasurementSource());
            Assert.AreEqual("0910" + Hex.Format(Hex.Ascii("ABC0000012345678")), CosemTest.Encoded(CosemTest.Get(Find(objects, 1, "00002a0000ff"), 2)));
            Assert.AreEqual("0908" + Hex.Format(Hex.Ascii("12345678")), CosemTest.Encoded(CosemTest.Get(Find(objects, 1, "0000600100ff"), 2)));
            Assert.AreEqual("0905" + Hex.Format(Hex.Ascii("1.4.2")), CosemTest.Encoded(CosemTest.Get(Find(objects, 1, "0100000200ff"), 2)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(Find(objects, 1, "0000600100ff"), 2, DlmsData.OctetString(new byte[8])));
        }

        [TestMethod]
        public void EnergyRegistersFollowTheSnapshotAndCannotBeReset()
        {
            FakeMeasurementSource source = new FakeMeasurementSource();
            MeterObjects objects = Build(source);
            ICosemObject activeImport = Find(objects, 3, "0100010800ff");
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.TemporaryFailure, (int)activeImport.Get(new CosemRequestContext(), 2, null, out value));

            source.Latest = FakeMeasurementSource.Snapshot(12345, 1, 2, 3, 230000, 1000, 50000, 1000);
            Assert.AreEqual("0600003039", CosemTest.Encoded(CosemTest.Get(activeImport, 2)));
            Assert.AreEqual("02020f00161e", CosemTest.Encoded(CosemTest.Get(activeImport, 3)));
            Assert.AreEqual("02020f001620", CosemTest.Encoded(CosemTest.Get(Find(objects, 3, "0100030800ff"), 3)));
            Assert.AreEqual("02020ffd1623", CosemTest.Encoded(CosemTest.Get(Find(objects, 3, "0100200700ff"), 3)));

            source.Latest = FakeMeasurementSource.Snapshot(12346, 1, 2, 3, 230000, 1000, 50000, 1000);
            Assert.AreEqual(12346L, CosemTest.Get(activeImport, 2).AsInt64());
            for (int i = 3; i <= 10; i++)
            {
                Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(objects[i], 1, DlmsData.Integer(0)), "reset of object " + i);
                Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(objects[i], 2, DlmsData.DoubleLongUnsigned(0)));
            }

            Assert.AreEqual(12346L, CosemTest.Get(activeImport, 2).AsInt64());
        }

        [TestMethod]
        public void FindRefusesUnknownObjectsAndShortNames()
        {
            MeterObjects objects = Build(new FakeMeasurementSource());
            Assert.IsNull(objects.Find(3, Hex.Parse("0100010801ff"), 0));
            Assert.IsNull(objects.Find(1, Hex.Parse("0100010800ff"), 0), "right name, wrong class");
            Assert.IsNull(objects.Find(3, Hex.Parse("0100010800"), 0));
            Assert.IsNull(objects.Find(3, Hex.Parse("0100010800ff"), 1));
            Assert.IsNull(objects.Find(3, null, 0));
            Assert.IsNotNull(objects.Find(3, Hex.Parse("ee0100010800ff"), 1));
        }

        private static MeterObjects Build(FakeMeasurementSource source)
        {
            CosemKeyRig rig = new CosemKeyRig(70, true);
            SoftwareIdentity software = SoftwareIdentity.WithoutHash("meter", "1.4.2", "test");
            return new MeterObjects(new TestNameplate("ABC", "12345678"), software, source, VirtualClock.Manual(new DateTime(2026, 1, 1)), new RecordingEvents(), -60, DaylightSavingRule.EuropeanUnion(), rig.Setup);
        }

        private static ICosemObject Find(MeterObjects objects, ushort classId, string name)
        {
            ICosemObject found = objects.Find(classId, Hex.Parse(name), 0);
            Assert.IsNotNull(found, name);
            return found;
        }

        private static string Describe(ICosemObject target)
        {
            byte[] n = target.LogicalName;
            return target.ClassId + ":" + n[0] + "." + n[1] + "." + n[2] + "." + n[3] + "." + n[4] + "." + n[5];
        }
    }
}
