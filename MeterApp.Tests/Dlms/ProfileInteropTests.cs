using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// Selective access as an independent client encodes it: GET requests and descriptors copied
    /// from the tests of the Python dlms-cosem library (github.com/pwitab/dlms-cosem,
    /// tests/test_selective_access.py: test_parse_range_descriptor, TestEntryDescriptor),
    /// decoded by our xDLMS codec and served by the load profile.
    /// </summary>
    [TestClass]
    public class ProfileInteropTests
    {
        // GET-Request-Normal of 1.0.99.1.0.255 attribute 2 with a range_descriptor on the clock:
        // from 2017-10-01 00:00 to 01:00 local, deviation -60 (0xFFC4), clock status 0x80, all columns.
        private const string RangeRequest =
            "c001c1" + "0007" + "0100630100ff" + "02" + "01" + "01"
            + "0204" + "0204" + "120008" + "09060000010000ff" + "0f02" + "120000"
            + "090c07e10a010700000000ffc480"
            + "090c07e10a010701000000ffc480"
            + "0100";

        // entry_descriptor from_entry 1, to_entry 10, from_selected_value 1, to_selected_value 5.
        private const string EntryParameters = "0204" + "0600000001" + "060000000a" + "120001" + "120005";

        [TestMethod]
        public void ARangeRequestFromAnotherClientSelectsItsHour()
        {
            byte[] request = Hex.Parse(RangeRequest);
            GetRequestNormal get;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)GetRequestNormal.Decode(request, 0, request.Length, new AxdrDecoder(), out get));
            Assert.AreEqual((byte)1, get.Access.AccessSelector);

            // Captures every quarter hour from 2017-09-30 22:00 UTC to 2017-10-01 01:00 UTC; the
            // bounds are 23:00 and 00:00 UTC (UTC = local + deviation).
            ProfileGeneric profile = LoadProfile(new DateTime(2017, 9, 30, 22, 0, 0), 13);
            Assert.IsTrue(get.Attribute.HasLogicalName(profile.LogicalName));
            DlmsData rows;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), get.Attribute.AttributeId, get.Access, out rows));
            Assert.AreEqual(5, rows.Count);
            Assert.AreEqual(6, rows[0].Count);
            Assert.AreEqual(Hex.Format(ProfileDateTime.ToOctetString(new DateTime(2017, 9, 30, 23, 0, 0)).GetBytes()), Hex.Format(rows[0][0].GetBytes()));
            Assert.AreEqual(Hex.Format(ProfileDateTime.ToOctetString(new DateTime(2017, 10, 1, 0, 0, 0)).GetBytes()), Hex.Format(rows[4][0].GetBytes()));
        }

        [TestMethod]
        public void AnEntryDescriptorFromAnotherClientSelectsRowsAndColumns()
        {
            byte[] parameters = Hex.Parse(EntryParameters);
            DlmsData decoded;
            int consumed;
            Assert.AreEqual((int)AxdrResult.Ok, (int)new AxdrDecoder().Decode(parameters, 0, parameters.Length, out decoded, out consumed));
            ProfileGeneric profile = LoadProfile(new DateTime(2026, 1, 1), 20);
            DlmsData rows;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), 2, new SelectiveAccessDescriptor(2, decoded), out rows));
            Assert.AreEqual(10, rows.Count);
            Assert.AreEqual(5, rows[9].Count);
            Assert.AreEqual(10UL, rows[9][2].AsUInt64());
        }

        // The load profile with count captures from first, one per quarter hour, +A = 1, 2, ...
        private static ProfileGeneric LoadProfile(DateTime first, int count)
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 8));
            store.Mount();
            LoadProfileRing ring = new LoadProfileRing(store, 32);
            for (int i = 0; i < count; i++)
            {
                ring.Append(first.AddMinutes(15 * i), 0, i + 1, 0, 0, 0);
            }

            VirtualClock clock = VirtualClock.Manual(first.AddMinutes(15 * count));
            return ProfileObjects.LoadProfile(new LoadProfileCapture(ring, new Meter.Tests.Profiles.FixedMeasurementSource(), clock, clock, 900));
        }
    }
}
