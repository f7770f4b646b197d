using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Profiles;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The profile objects a meter serves come with the Data objects their capture objects name.</summary>
    [TestClass]
    public class ObjectsProfileObjectsTests
    {
        [TestMethod]
        public void EveryDataColumnOfTheProfilesIsAmongTheBuiltObjects()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 5, 1, 0, 1, 0));
            RecordStore store = new RecordStore(new VirtualFlash(4096, 16));
            store.Mount();
            LoadProfileCapture capture = new LoadProfileCapture(new LoadProfileRing(store, 16), new FixedMeasurementSource(), clock, clock, 900);
            ICosemObject[] built = ProfileObjects.Build(
                capture,
                new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 20),
                new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 20));

            Assert.AreEqual(6, built.Length);
            int profiles = 0;
            int dataColumns = 0;
            for (int i = 0; i < built.Length; i++)
            {
                ProfileGeneric profile = built[i] as ProfileGeneric;
                if (profile == null)
                {
                    continue;
                }

                profiles++;
                CaptureObjectDefinition[] columns = Columns(profile);
                for (int c = 0; c < columns.Length; c++)
                {
                    if (columns[c].ClassId == Data.Class)
                    {
                        dataColumns++;
                        Assert.IsTrue(Contains(built, columns[c]), "column " + c.ToString() + " of profile " + i.ToString());
                    }
                }
            }

            Assert.AreEqual(3, profiles);
            Assert.AreEqual(3, dataColumns);
        }

        private static CaptureObjectDefinition[] Columns(ProfileGeneric profile)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), 3, null, out value));
            CaptureObjectDefinition[] columns = new CaptureObjectDefinition[value.Count];
            for (int i = 0; i < columns.Length; i++)
            {
                Assert.AreEqual((byte)DataAccessResult.Success, (byte)CaptureObjectDefinition.Parse(value[i], out columns[i]));
            }

            return columns;
        }

        private static bool Contains(ICosemObject[] objects, CaptureObjectDefinition column)
        {
            for (int i = 0; i < objects.Length; i++)
            {
                if (column.SameAs(new CaptureObjectDefinition(objects[i].ClassId, objects[i].LogicalName, column.AttributeIndex, column.DataIndex))
                    && column.AttributeIndex <= objects[i].AttributeCount)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
