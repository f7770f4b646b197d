using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// Profile generic (Blue Book 4.3.6) over a RAM buffer of ten rows, one every 15 minutes
    /// from 2026-03-01 00:15 UTC, value column = entry number (1 = oldest).
    /// </summary>
    [TestClass]
    public class ProfileGenericTests
    {
        private static readonly byte[] Name = new byte[] { 1, 0, 99, 1, 0, 255 };

        [TestMethod]
        public void AttributesDescribeTheProfile()
        {
            ProfileGeneric profile = Profile(10, 100);
            Assert.AreEqual((ushort)7, profile.ClassId);
            Assert.AreEqual((byte)1, profile.Version);
            Assert.AreEqual(8, profile.AttributeCount);
            Assert.AreEqual(2, profile.MethodCount);
            Assert.AreEqual("0906010063010" + "0ff", Hex.Format(Encode(Get(profile, 1))));
            Assert.AreEqual("0600000384", Hex.Format(Encode(Get(profile, 4))));
            Assert.AreEqual("1601", Hex.Format(Encode(Get(profile, 5))));
            Assert.AreEqual("020412000009060000000000000f001200" + "00", Hex.Format(Encode(Get(profile, 6))));
            Assert.AreEqual("060000000a", Hex.Format(Encode(Get(profile, 7))));
            Assert.AreEqual("0600000064", Hex.Format(Encode(Get(profile, 8))));
        }

        [TestMethod]
        public void CaptureObjectsAreEncodedAsDefinitions()
        {
            DlmsBytes.AreEqual(
                "0103"
                + "020412000809060000010000ff0f02120000"
                + "020412000109060000600a01ff0f02120000"
                + "020412000309060100010800ff0f02120000",
                Encode(Get(Profile(1, 10), 3)));
        }

        [TestMethod]
        public void AWholeReadReturnsEveryRowOldestFirst()
        {
            DlmsData buffer = Get(Profile(10, 100), 2);
            Assert.AreEqual(10, buffer.Count);
            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(3, buffer[i].Count);
                Assert.AreEqual((long)(i + 1), buffer[i][2].AsInt64());
            }

            // First row as a head-end receives it: clock octet-string(12) 2026-03-01 (Sunday) 00:15 UTC.
            DlmsBytes.AreEqual("0203" + "090c07ea030107000f0000000000" + "1100" + "0600000001", Encode(buffer[0]));
        }

        [TestMethod]
        public void EntryDescriptorSelectsRowsAndColumns()
        {
            DlmsData rows = Select(Profile(10, 100), Entries(3, 5, 2, 3));
            AssertValues(rows, 3, 5, 2);
            Assert.AreEqual(2, rows[0].Count);
            Assert.AreEqual(DlmsDataType.Unsigned, rows[0][0].Type);

            rows = Select(Profile(10, 100), Entries(2, 2, 1, 1));
            Assert.AreEqual(1, rows.Count);
            Assert.AreEqual(1, rows[0].Count);
            Assert.AreEqual(DlmsDataType.OctetString, rows[0][0].Type);
        }

        [TestMethod]
        public void ToEntryZeroOrPastTheEndMeansTheNewest()
        {
            AssertValues(Select(Profile(10, 100), Entries(8, 0, 1, 0)), 8, 10, 3);
            AssertValues(Select(Profile(10, 100), Entries(8, 50, 1, 0)), 8, 10, 3);
            AssertValues(Select(Profile(10, 100), Entries(1, 0, 1, 0)), 1, 10, 3);
        }

        [TestMethod]
        public void EntryRangesOutsideTheBufferOrReversedAreEmpty()
        {
            Assert.AreEqual(0, Select(Profile(10, 100), Entries(11, 0, 1, 0)).Count);
            Assert.AreEqual(0, Select(Profile(10, 100), Entries(5, 3, 1, 0)).Count);
            Assert.AreEqual(0, Select(Profile(0, 100), Entries(1, 0, 1, 0)).Count);
            Assert.AreEqual(0, Get(Profile(0, 100), 2).Count);
        }

        [TestMethod]
        public void EntryDescriptorRejectsBadParameters()
        {
            ProfileGeneric profile = Profile(10, 100);
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Entries(0, 0, 1, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Entries(1, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Entries(1, 0, 1, 4)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Entries(1, 0, 3, 2)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Entries(1, 0, 4, 0)));

            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.LongUnsigned(1), DlmsData.DoubleLongUnsigned(0), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0)))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(0), DlmsData.DoubleLongUnsigned(1), DlmsData.LongUnsigned(0)))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(0), DlmsData.LongUnsigned(1)))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(2, DlmsData.Array(
                DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(0), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0)))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(2, DlmsData.Null())));
        }

        [TestMethod]
        public void RangeSelectsByClockWithBothBoundsIncluded()
        {
            AssertValues(Select(Profile(10, 100), Range(At(0, 30), At(1, 15))), 2, 5, 3);
            AssertValues(Select(Profile(10, 100), Range(At(2, 30), At(9, 0))), 10, 10, 3);
        }

        [TestMethod]
        public void AChronologicalBufferIsSearchedNotScanned()
        {
            MemoryProfileBuffer buffer = new MemoryProfileBuffer(1000, 1000);
            buffer.IsChronological = true;
            ProfileGeneric profile = new ProfileGeneric(Name, MemoryProfileBuffer.Columns, 900, buffer);

            // Entries 1000 quarter hours from 2026-03-01 00:15: 2026-03-08 00:00 .. 00:30 is entries 672 .. 674.
            DlmsData rows = Select(profile, Range(DateTimeOf(2026, 3, 8, 0, 0), DateTimeOf(2026, 3, 8, 0, 30)));
            AssertValues(rows, 672, 674, 3);
            Assert.IsTrue(buffer.RowsRead < 40, buffer.RowsRead + " rows read to find three");

            // The same answers as a scan, at both ends and outside.
            AssertValues(Select(profile, Range(Unspecified(), At(0, 45))), 1, 3, 3);
            AssertValues(Select(profile, Range(DateTimeOf(2026, 3, 11, 9, 30), Unspecified())), 998, 1000, 3);
            Assert.AreEqual(0, Select(profile, Range(DateTimeOf(2026, 3, 12, 0, 0), Unspecified())).Count);
            Assert.AreEqual(0, Select(profile, Range(DateTimeOf(2026, 3, 8, 0, 1), DateTimeOf(2026, 3, 8, 0, 14))).Count);
            buffer.IsChronological = false;
            AssertValues(Select(profile, Range(DateTimeOf(2026, 3, 8, 0, 0), DateTimeOf(2026, 3, 8, 0, 30))), 672, 674, 3);
        }

        [TestMethod]
        public void RangeWithSelectedValuesReturnsThoseColumnsInCaptureOrder()
        {
            CaptureObjectDefinition[] columns = MemoryProfileBuffer.Columns;
            DlmsData rows = Select(Profile(10, 100), Range(At(0, 30), At(0, 45), columns[2], columns[0]));
            Assert.AreEqual(2, rows.Count);
            Assert.AreEqual(2, rows[0].Count);
            Assert.AreEqual(DlmsDataType.OctetString, rows[0][0].Type);
            Assert.AreEqual(2L, rows[0][1].AsInt64());
            Assert.AreEqual(3L, rows[1][1].AsInt64());
        }

        [TestMethod]
        public void ReversedOrDisjointRangesAreEmpty()
        {
            Assert.AreEqual(0, Select(Profile(10, 100), Range(At(2, 0), At(1, 0))).Count);
            Assert.AreEqual(0, Select(Profile(10, 100), Range(At(0, 16), At(0, 29))).Count);
            Assert.AreEqual(0, Select(Profile(10, 100), Range(DateTimeOf(2027, 1, 1, 0, 0), Unspecified())).Count);
            Assert.AreEqual(0, Select(Profile(0, 100), Range(Unspecified(), Unspecified())).Count);
        }

        [TestMethod]
        public void NotSpecifiedFieldsOpenTheBoundOrSpanTheirUnit()
        {
            ProfileGeneric profile = Profile(10, 100);
            AssertValues(Select(profile, Range(Unspecified(), Unspecified())), 1, 10, 3);

            // to_value 2026-03-01 01:xx: through 01:59:59.99, the rows up to 01:45.
            AssertValues(Select(profile, Range(Unspecified(), Pattern(2026, 3, 1, 1, 0xFF))), 1, 7, 3);

            // from_value 2026-03-01 01:xx as a date-time [25]: from 01:00.
            AssertValues(Select(profile, Range(PatternTag(2026, 3, 1, 1, 0xFF), Pattern(2026, 3, 0xFF, 0xFF, 0xFF))), 4, 10, 3);

            // to_value 2026 alone: the whole year.
            AssertValues(Select(profile, Range(At(2, 0), Pattern(2026, 0xFF, 0xFF, 0xFF, 0xFF))), 8, 10, 3);
        }

        [TestMethod]
        public void ASpecifiedDeviationMovesTheBoundToUtc()
        {
            // 01:00 and 01:30 local with deviation -60 (CET, UTC = local + deviation): 00:00 to 00:30 UTC.
            AssertValues(Select(Profile(10, 100), Range(WithDeviation(1, 0, -60), WithDeviation(1, 30, -60))), 1, 2, 3);
        }

        [TestMethod]
        public void RangeRejectsBadParameters()
        {
            ProfileGeneric profile = Profile(10, 100);
            CaptureObjectDefinition[] columns = MemoryProfileBuffer.Columns;
            CaptureObjectDefinition stranger = new CaptureObjectDefinition(8, new byte[] { 0, 0, 1, 0, 1, 255 }, 2, 0);

            // Well-typed but not honoured.
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, RangeOn(columns[2], At(0, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, RangeOn(stranger, At(0, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(At(0, 0), At(3, 0), stranger)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(Pattern(0xFFFF, 0xFF, 0xFF, 12, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(Pattern(2026, 13, 1, 0, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(Pattern(2026, 2, 29, 0, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(Pattern(2026, 3, 0xFE, 0, 0), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(At(0, 0), Pattern(2026, 3, 1, 24, 0))));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(profile, Range(WithDeviation(1, 0, 721), At(3, 0))));

            // Wrong types or shapes.
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, Range(DlmsData.DoubleLongUnsigned(5), At(3, 0))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, Range(At(0, 0), DlmsData.OctetString(new byte[11]))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                columns[0].ToData(), At(0, 0), At(3, 0), DlmsData.Structure()))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                DlmsData.Structure(DlmsData.LongUnsigned(8), DlmsData.OctetString(new byte[] { 0, 0, 1, 0, 0 }), DlmsData.Integer(2), DlmsData.LongUnsigned(0)),
                At(0, 0), At(3, 0), DlmsData.Array()))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                DlmsData.Structure(DlmsData.LongUnsigned(8), DlmsData.OctetString(new byte[] { 0, 0, 1, 0, 0, 255 }), DlmsData.Unsigned(2), DlmsData.LongUnsigned(0)),
                At(0, 0), At(3, 0), DlmsData.Array()))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                columns[0].ToData(), At(0, 0), At(3, 0)))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                columns[0].ToData(), At(0, 0), At(3, 0), DlmsData.Array(DlmsData.Unsigned(1))))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(profile, new SelectiveAccessDescriptor(1, DlmsData.Array())));
        }

        [TestMethod]
        public void OtherSelectorsAndAccessToOtherAttributesAreRefused()
        {
            ProfileGeneric profile = Profile(10, 100);
            Assert.AreEqual((byte)DataAccessResult.OtherReason, Fails(profile, new SelectiveAccessDescriptor(3, DlmsData.Null())));
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, (byte)profile.Get(new CosemRequestContext(), 7, Entries(1, 0, 1, 0), out value));
            Assert.IsNull(value);
        }

        [TestMethod]
        public void RepliesAreBoundedToTheOldestRowsOfTheSelection()
        {
            ProfileGeneric profile = new ProfileGeneric(Name, MemoryProfileBuffer.Columns, 900, new MemoryProfileBuffer(10, 100), 4);
            Assert.AreEqual(4, profile.MaxRowsPerReply);
            AssertValues(Get(profile, 2), 1, 4, 3);
            AssertValues(Select(profile, Entries(5, 0, 1, 0)), 5, 8, 3);
            AssertValues(Select(profile, Range(At(1, 0), Unspecified())), 4, 7, 3);
            Assert.AreEqual(ProfileGeneric.DefaultMaxRowsPerReply, Profile(1, 1).MaxRowsPerReply);
        }

        [TestMethod]
        public void ResetAndCaptureCheckTheirParameter()
        {
            MemoryProfileBuffer buffer = new MemoryProfileBuffer(10, 100);
            ProfileGeneric profile = new ProfileGeneric(Name, MemoryProfileBuffer.Columns, 900, buffer);
            DlmsData returned;
            CosemRequestContext context = new CosemRequestContext();
            Assert.AreEqual((byte)ActionResult.TypeUnmatched, (byte)profile.Invoke(context, 1, DlmsData.Long(0), out returned));
            Assert.AreEqual((byte)ActionResult.ScopeOfAccessViolated, (byte)profile.Invoke(context, 1, DlmsData.Integer(1), out returned));
            Assert.AreEqual(0, buffer.Clears);
            Assert.AreEqual((byte)ActionResult.Success, (byte)profile.Invoke(context, 1, DlmsData.Integer(0), out returned));
            Assert.IsNull(returned);
            Assert.AreEqual(1, buffer.Clears);
            Assert.AreEqual(0, Get(profile, 2).Count);
            Assert.AreEqual((byte)ActionResult.Success, (byte)profile.Invoke(context, 1, null, out returned));
            Assert.AreEqual((byte)ActionResult.Success, (byte)profile.Invoke(context, 1, DlmsData.Null(), out returned));

            Assert.AreEqual((byte)ActionResult.ReadWriteDenied, (byte)profile.Invoke(context, 2, DlmsData.Integer(0), out returned));
            buffer.AllowCapture = true;
            Assert.AreEqual((byte)ActionResult.Success, (byte)profile.Invoke(context, 2, DlmsData.Integer(0), out returned));
            Assert.AreEqual(1, buffer.Captures);
            buffer.FailWrites = true;
            Assert.AreEqual((byte)ActionResult.TemporaryFailure, (byte)profile.Invoke(context, 2, DlmsData.Integer(0), out returned));
            Assert.AreEqual((byte)ActionResult.TemporaryFailure, (byte)profile.Invoke(context, 1, DlmsData.Integer(0), out returned));
            Assert.AreEqual((byte)ActionResult.ObjectUndefined, (byte)profile.Invoke(context, 3, DlmsData.Integer(0), out returned));
            Assert.AreEqual((byte)ActionResult.ObjectUndefined, (byte)profile.Invoke(context, 0, DlmsData.Integer(0), out returned));
        }

        [TestMethod]
        public void AttributesAreReadOnlyAndNumberedFromOneToEight()
        {
            ProfileGeneric profile = Profile(10, 100);
            CosemRequestContext context = new CosemRequestContext();
            Assert.AreEqual((byte)DataAccessResult.ReadWriteDenied, (byte)profile.Set(context, 4, null, DlmsData.DoubleLongUnsigned(60)));
            Assert.AreEqual((byte)DataAccessResult.ReadWriteDenied, (byte)profile.Set(context, 2, null, DlmsData.Array()));
            Assert.AreEqual((byte)DataAccessResult.ObjectUndefined, (byte)profile.Set(context, 9, null, DlmsData.Null()));
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.ObjectUndefined, (byte)profile.Get(context, 0, null, out value));
            Assert.AreEqual((byte)DataAccessResult.ObjectUndefined, (byte)profile.Get(context, 9, null, out value));
        }

        private static ProfileGeneric Profile(int entries, int capacity)
        {
            return new ProfileGeneric(Name, MemoryProfileBuffer.Columns, 900, new MemoryProfileBuffer(entries, capacity));
        }

        private static DlmsData Get(ProfileGeneric profile, int attribute)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), attribute, null, out value));
            return value;
        }

        private static DlmsData Select(ProfileGeneric profile, SelectiveAccessDescriptor access)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), 2, access, out value));
            Assert.AreEqual(DlmsDataType.Array, value.Type);
            return value;
        }

        private static byte Fails(ProfileGeneric profile, SelectiveAccessDescriptor access)
        {
            DlmsData value;
            DataAccessResult result = profile.Get(new CosemRequestContext(), 2, access, out value);
            Assert.IsNull(value);
            return (byte)result;
        }

        // Rows carry the values first..last in the value column (index column of the row).
        private static void AssertValues(DlmsData rows, int first, int last, int columns)
        {
            Assert.AreEqual(last - first + 1, rows.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                Assert.AreEqual(columns, rows[i].Count);
                Assert.AreEqual((long)(first + i), rows[i][columns - 1].AsInt64());
            }
        }

        private static byte[] Encode(DlmsData value)
        {
            byte[] buffer = new byte[AxdrEncoder.Size(value)];
            Assert.AreEqual(buffer.Length, AxdrEncoder.Encode(value, buffer, 0, buffer.Length));
            return buffer;
        }

        private static SelectiveAccessDescriptor Entries(uint fromEntry, uint toEntry, ushort fromValue, ushort toValue)
        {
            return new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(fromEntry), DlmsData.DoubleLongUnsigned(toEntry), DlmsData.LongUnsigned(fromValue), DlmsData.LongUnsigned(toValue)));
        }

        private static SelectiveAccessDescriptor Range(DlmsData from, DlmsData to, params CaptureObjectDefinition[] selected)
        {
            return RangeOn(MemoryProfileBuffer.Columns[0], from, to, selected);
        }

        private static SelectiveAccessDescriptor RangeOn(CaptureObjectDefinition restricting, DlmsData from, DlmsData to, params CaptureObjectDefinition[] selected)
        {
            DlmsData[] columns = new DlmsData[selected.Length];
            for (int i = 0; i < selected.Length; i++)
            {
                columns[i] = selected[i].ToData();
            }

            return new SelectiveAccessDescriptor(1, DlmsData.Structure(restricting.ToData(), from, to, DlmsData.Array(columns)));
        }

        // 2026-03-01 hour:minute UTC as a client sends it: octet-string(12), deviation and status not specified.
        private static DlmsData At(int hour, int minute)
        {
            return Pattern(2026, 3, 1, (byte)hour, (byte)minute);
        }

        private static DlmsData DateTimeOf(int year, int month, int day, int hour, int minute)
        {
            return Pattern((ushort)year, (byte)month, (byte)day, (byte)hour, (byte)minute);
        }

        private static DlmsData Unspecified()
        {
            return Pattern(0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF);
        }

        // Seconds and hundredths follow the minute: 0 when it is specified, else not specified.
        private static DlmsData Pattern(ushort year, byte month, byte day, byte hour, byte minute)
        {
            byte[] bytes = new byte[12];
            DateTimeValue(year, month, day, hour, minute, CosemDateTime.DeviationNotSpecified).Write(bytes, 0);
            return DlmsData.OctetString(bytes);
        }

        private static DlmsData PatternTag(ushort year, byte month, byte day, byte hour, byte minute)
        {
            return DlmsData.DateTime(DateTimeValue(year, month, day, hour, minute, CosemDateTime.DeviationNotSpecified));
        }

        private static DlmsData WithDeviation(int hour, int minute, short deviation)
        {
            byte[] bytes = new byte[12];
            DateTimeValue(2026, 3, 1, (byte)hour, (byte)minute, deviation).Write(bytes, 0);
            return DlmsData.OctetString(bytes);
        }

        private static CosemDateTime DateTimeValue(ushort year, byte month, byte day, byte hour, byte minute, short deviation)
        {
            byte seconds = minute == 0xFF ? (byte)0xFF : (byte)0;
            return new CosemDateTime(new CosemDate(year, month, day, 0xFF), new CosemTime(hour, minute, seconds, seconds), deviation, 0xFF);
        }
    }
}
