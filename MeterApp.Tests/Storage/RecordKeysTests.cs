using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>The key ranges of <see cref="RecordKeys"/> are ordered and never overlap.</summary>
    [TestClass]
    public class RecordKeysTests
    {
        [TestMethod]
        public void RangesAreOrderedAndDisjoint()
        {
            int[] ranges = new int[]
            {
                RecordKeys.ConsoleSecret, RecordKeys.ConsoleLoginHistory,
                RecordKeys.CountersFirst, RecordKeys.CountersLast,
                RecordKeys.MetrologyFirst, RecordKeys.MetrologyLast,
                RecordKeys.CalibrationFirst, RecordKeys.CalibrationLast,
                RecordKeys.KeyMaterialFirst, RecordKeys.KeyMaterialLast,
                RecordKeys.EventLogsFirst, RecordKeys.EventLogsLast,
                RecordKeys.CakLogFirst, RecordKeys.CakLogLast,
                RecordKeys.LoadProfileFirst, RecordKeys.LoadProfileLast,
                RecordKeys.TestFirst, RecordKeys.TestLast,
            };
            Assert.IsTrue(ranges[0] > 0, "key 0 is never used");
            for (int i = 0; i < ranges.Length; i += 2)
            {
                Assert.IsTrue(ranges[i] <= ranges[i + 1], "range " + i / 2 + " is reversed");
                if (i > 0)
                {
                    Assert.IsTrue(ranges[i] > ranges[i - 1], "range " + i / 2 + " overlaps the one before");
                }
            }

            Assert.IsTrue(ranges[ranges.Length - 1] < 0xFFFF, "key 0xFFFF is never used");
        }

        [TestMethod]
        public void SubRangesStayInsideTheirOwner()
        {
            Assert.IsTrue(RecordKeys.DlmsInvocationCounterFirst >= RecordKeys.CountersFirst && RecordKeys.DlmsInvocationCounterLast <= RecordKeys.CountersLast);
            Assert.IsTrue(RecordKeys.EnergyRegisters >= RecordKeys.MetrologyFirst && RecordKeys.EnergyRegisters <= RecordKeys.MetrologyLast);
            Assert.AreEqual(RecordKeys.EventLogsFirst + RecordKeys.EventLogMaxSlots, (int)RecordKeys.FraudDetectionLogFirstSlot);
            Assert.AreEqual((int)RecordKeys.EventLogsLast, RecordKeys.EventLogsFirst + (4 * RecordKeys.EventLogMaxSlots) - 1);
            Assert.AreEqual((int)RecordKeys.LoadProfileFirst, (int)RecordKeys.LoadProfileClearMarker);
            Assert.AreEqual(RecordKeys.LoadProfileClearMarker + 1, (int)RecordKeys.LoadProfileFirstSlot);
            Assert.AreEqual((int)RecordKeys.LoadProfileLast, RecordKeys.LoadProfileFirstSlot + RecordKeys.LoadProfileMaxSlots - 1);
        }
    }
}
