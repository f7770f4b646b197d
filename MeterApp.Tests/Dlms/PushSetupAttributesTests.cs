using Meter.Dlms.Axdr;
using Meter.Dlms.Push;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Push setup attributes (Blue Book 4.4.8) to a job: what this client can send, and refusals.</summary>
    [TestClass]
    public class PushSetupAttributesTests
    {
        [TestMethod]
        public void ValidAttributesMakeAJob()
        {
            PushJob job;
            Assert.IsTrue(PushSetupAttributes.TryCreateJob(ObjectList(), Method(0, PushFixtures.Destination, 0), 30, 3, 60, PushProtection.AuthenticatedEncrypted, true, out job));
            Assert.AreEqual(PushFixtures.Destination, job.Destination);
            Assert.AreEqual(30, job.RandomisationStartIntervalSeconds);
            Assert.AreEqual(3, job.NumberOfRetries);
            Assert.AreEqual(60, job.RepetitionDelaySeconds);
            Assert.AreEqual((int)PushProtection.AuthenticatedEncrypted, (int)job.Protection);
            Assert.IsTrue(job.HighPriority);
            Assert.AreEqual(2, job.ObjectCount);
            Assert.AreEqual((ushort)40, job.ObjectAt(0).ClassId);
            Assert.AreEqual(PushFixtures.SetupName, Hex.Format(job.ObjectAt(0).CopyLogicalName()));
            Assert.AreEqual(1, job.ObjectAt(0).AttributeIndex);
            Assert.AreEqual(-3, job.ObjectAt(1).AttributeIndex, "manufacturer attributes are negative");
            Assert.AreEqual((ushort)2, job.ObjectAt(1).DataIndex);
        }

        [TestMethod]
        [DataRow(1, PushFixtures.Destination, 0)]
        [DataRow(0, PushFixtures.Destination, 1)]
        [DataRow(0, "", 0)]
        [DataRow(0, "192.0.2.10 :4059", 0)]
        [DataRow(0, "192.0.2.10:4059\n", 0)]
        public void AMethodThisClientCannotSendIsRefused(int transport, string destination, int message)
        {
            PushJob job;
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(ObjectList(), Method(transport, destination, message), 0, 0, 0, PushProtection.Plain, false, out job));
            Assert.IsNull(job);
        }

        [TestMethod]
        public void ALongDestinationIsRefused()
        {
            string name = "h";
            while (name.Length < PushSetupAttributes.MaxDestinationLength - 4)
            {
                name += "h";
            }

            PushJob job;
            Assert.IsTrue(PushSetupAttributes.TryCreateJob(ObjectList(), Method(0, name + ":405", 0), 0, 0, 0, PushProtection.Plain, false, out job));
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(ObjectList(), Method(0, name + ":4059", 0), 0, 0, 0, PushProtection.Plain, false, out job));
        }

        [TestMethod]
        public void MalformedObjectListsAreRefused()
        {
            PushJob job;
            DlmsData method = Method(0, PushFixtures.Destination, 0);
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(DlmsData.Structure(Entry(40, PushFixtures.SetupName, 1, 0)), method, 0, 0, 0, PushProtection.Plain, false, out job), "not an array");
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(DlmsData.Array(Entry(40, "0000190900", 1, 0)), method, 0, 0, 0, PushProtection.Plain, false, out job), "5-byte name");
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(DlmsData.Array(Entry(40, PushFixtures.SetupName, 0, 0)), method, 0, 0, 0, PushProtection.Plain, false, out job), "attribute 0");
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(DlmsData.Array(DlmsData.Structure(DlmsData.LongUnsigned(40), DlmsData.OctetString(Hex.Parse(PushFixtures.SetupName)), DlmsData.Integer(1))), method, 0, 0, 0, PushProtection.Plain, false, out job), "3 fields");
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(DlmsData.Array(DlmsData.Structure(DlmsData.Unsigned(40), DlmsData.OctetString(Hex.Parse(PushFixtures.SetupName)), DlmsData.Integer(1), DlmsData.LongUnsigned(0))), method, 0, 0, 0, PushProtection.Plain, false, out job), "class id type");
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(null, method, 0, 0, 0, PushProtection.Plain, false, out job));
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(ObjectList(), null, 0, 0, 0, PushProtection.Plain, false, out job));
        }

        [TestMethod]
        [DataRow(0, -1, 0)]
        [DataRow(0, 256, 0)]
        [DataRow(0, 0, -1)]
        [DataRow(0, 0, 65536)]
        [DataRow(-1, 0, 0)]
        [DataRow(65536, 0, 0)]
        public void TimesAndRetriesOutOfRangeAreRefused(int randomisation, int retries, int delay)
        {
            PushJob job;
            Assert.IsFalse(PushSetupAttributes.TryCreateJob(ObjectList(), Method(0, PushFixtures.Destination, 0), randomisation, retries, delay, PushProtection.Plain, false, out job));
        }

        private static DlmsData ObjectList()
        {
            return DlmsData.Array(Entry(40, PushFixtures.SetupName, 1, 0), Entry(3, PushFixtures.EnergyName, -3, 2));
        }

        private static DlmsData Entry(int classId, string logicalName, int attribute, int dataIndex)
        {
            return DlmsData.Structure(
                DlmsData.LongUnsigned((ushort)classId),
                DlmsData.OctetString(Hex.Parse(logicalName)),
                DlmsData.Integer((sbyte)attribute),
                DlmsData.LongUnsigned((ushort)dataIndex));
        }

        private static DlmsData Method(int transport, string destination, int message)
        {
            return DlmsData.Structure(DlmsData.Enum((byte)transport), DlmsData.OctetString(Hex.Ascii(destination)), DlmsData.Enum((byte)message));
        }
    }
}
