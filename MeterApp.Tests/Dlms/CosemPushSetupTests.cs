using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Push setup (class 40): typed attributes, bounded lists, persisted settings, method push through the trigger.</summary>
    [TestClass]
    public class CosemPushSetupTests
    {
        private static readonly byte[] PushName = new byte[] { 0, 0, 25, 9, 0, 255 };

        [TestMethod]
        public void StartsEmptyWithTcpAndAxdr()
        {
            PushSetup push = NewPush(new VirtualFlash(4096, 4), new CountingPushTrigger());
            Assert.AreEqual((ushort)40, push.ClassId);
            Assert.AreEqual(7, push.AttributeCount);
            Assert.AreEqual(1, push.MethodCount);
            Assert.AreEqual("0100", CosemTest.Encoded(CosemTest.Get(push, 2)));
            Assert.AreEqual("0203" + "1600" + "0900" + "1600", CosemTest.Encoded(CosemTest.Get(push, 3)));
            Assert.AreEqual("0100", CosemTest.Encoded(CosemTest.Get(push, 4)));
            Assert.AreEqual("120000", CosemTest.Encoded(CosemTest.Get(push, 5)));
            Assert.AreEqual("1100", CosemTest.Encoded(CosemTest.Get(push, 6)));
            Assert.AreEqual("120000", CosemTest.Encoded(CosemTest.Get(push, 7)));
        }

        [TestMethod]
        public void EveryAttributeIsSettableWithItsType()
        {
            PushSetup push = NewPush(new VirtualFlash(4096, 4), new CountingPushTrigger());
            DlmsData objects = DlmsData.Array(Capture(1, new byte[] { 0, 0, 42, 0, 0, 255 }, 2), Capture(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 2));
            DlmsData destination = DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(Hex.Ascii("127.0.0.1:4059")), DlmsData.Enum(0));
            DlmsData window = DlmsData.Array(DlmsData.Structure(
                DlmsData.OctetString(Hex.Parse("ffffffffff000000ff8000ff")), DlmsData.OctetString(Hex.Parse("ffffffffff173b3bff8000ff"))));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 2, objects));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 3, destination));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 4, window));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 5, DlmsData.LongUnsigned(30)));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 6, DlmsData.Unsigned(3)));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 7, DlmsData.LongUnsigned(60)));

            Assert.AreEqual(CosemTest.Encoded(objects), CosemTest.Encoded(push.ObjectList));
            Assert.AreEqual(CosemTest.Encoded(destination), CosemTest.Encoded(CosemTest.Get(push, 3)));
            Assert.AreEqual(CosemTest.Encoded(window), CosemTest.Encoded(push.CommunicationWindow));
            Assert.AreEqual(30, push.RandomisationStartInterval);
            Assert.AreEqual(3, push.NumberOfRetries);
            Assert.AreEqual(60, push.RepetitionDelay);
        }

        [TestMethod]
        public void WrongShapesAreTypeUnmatchedAndChangeNothing()
        {
            PushSetup push = NewPush(new VirtualFlash(4096, 4), new CountingPushTrigger());
            byte[] name = new byte[] { 1, 0, 1, 8, 0, 255 };
            DlmsData[] badLists = new DlmsData[]
            {
                DlmsData.Structure(Capture(3, name, 2)),
                DlmsData.Array(DlmsData.Structure(DlmsData.LongUnsigned(3), DlmsData.OctetString(name), DlmsData.Integer(2))),
                DlmsData.Array(DlmsData.Structure(DlmsData.LongUnsigned(3), DlmsData.OctetString(new byte[5]), DlmsData.Integer(2), DlmsData.LongUnsigned(0))),
                DlmsData.Array(DlmsData.Structure(DlmsData.Unsigned(3), DlmsData.OctetString(name), DlmsData.Integer(2), DlmsData.LongUnsigned(0))),
                DlmsData.Array(ManyCaptures(PushSetup.MaxObjects + 1)),
            };
            for (int i = 0; i < badLists.Length; i++)
            {
                Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 2, badLists[i]), "list " + i);
            }

            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 2, DlmsData.Array(ManyCaptures(PushSetup.MaxObjects))));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 3, DlmsData.Structure(DlmsData.Enum(0), DlmsData.VisibleString("x"), DlmsData.Enum(0))));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 3, DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(new byte[PushSetup.MaxDestinationLength + 1]), DlmsData.Enum(0))));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 4, DlmsData.Array(DlmsData.Structure(DlmsData.OctetString(new byte[12])))));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 5, DlmsData.Unsigned(30)));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 6, DlmsData.LongUnsigned(3)));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(push, 7, DlmsData.DoubleLongUnsigned(60)));
            Assert.AreEqual("0203" + "1600" + "0900" + "1600", CosemTest.Encoded(push.SendDestinationAndMethod));
            Assert.AreEqual(0, push.RepetitionDelay);
        }

        [TestMethod]
        public void PushAsksTheTriggerAndReportsAFullQueue()
        {
            CountingPushTrigger trigger = new CountingPushTrigger();
            PushSetup push = NewPush(new VirtualFlash(4096, 4), trigger);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(push, 1, DlmsData.Integer(0)));
            Assert.AreEqual(1, trigger.Requests);
            Assert.AreSame(push, trigger.Last);
            trigger.Accept = false;
            Assert.AreEqual((int)ActionResult.TemporaryFailure, (int)CosemTest.Invoke(push, 1, DlmsData.Integer(0)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(push, 1, DlmsData.Integer(1)));
            Assert.AreEqual(2, trigger.Requests);
        }

        [TestMethod]
        public void SettingsSurviveARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            PushSetup push = NewPush(flash, new CountingPushTrigger());
            DlmsData objects = DlmsData.Array(ManyCaptures(PushSetup.MaxObjects));
            DlmsData destination = DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(new byte[PushSetup.MaxDestinationLength]), DlmsData.Enum(0));
            DlmsData window = DlmsData.Array(Windows(PushSetup.MaxWindows));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 2, objects));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 3, destination));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 4, window));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 6, DlmsData.Unsigned(5)));

            PushSetup restarted = NewPush(flash, new CountingPushTrigger());
            Assert.AreEqual(CosemTest.Encoded(objects), CosemTest.Encoded(CosemTest.Get(restarted, 2)));
            Assert.AreEqual(CosemTest.Encoded(destination), CosemTest.Encoded(CosemTest.Get(restarted, 3)));
            Assert.AreEqual(CosemTest.Encoded(window), CosemTest.Encoded(CosemTest.Get(restarted, 4)));
            Assert.AreEqual(5, restarted.NumberOfRetries);
            Assert.AreEqual(0, restarted.RepetitionDelay);
        }

        [TestMethod]
        public void AWriteTheStoreCannotKeepChangesNothing()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            PushSetup push = NewPush(flash, new CountingPushTrigger());
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(push, 7, DlmsData.LongUnsigned(60)));
            flash.CutPowerAtOperation(1);
            Assert.AreEqual((int)DataAccessResult.HardwareFault, (int)CosemTest.Set(push, 7, DlmsData.LongUnsigned(90)));
            Assert.AreEqual(60, push.RepetitionDelay);
            flash.PowerOn();
            Assert.AreEqual(60, NewPush(flash, new CountingPushTrigger()).RepetitionDelay);
        }

        [TestMethod]
        public void ARecordThatIsNotValidSettingsGivesTheDefaults()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = new RecordStore(flash);
            store.Mount();
            byte[] record = Hex.Parse("0206" + "0100" + "0203160009001600" + "0100" + "120000" + "1100" + "1100");
            store.Write(RecordKeys.DlmsPushSetupFirst, record, 0, record.Length);
            PushSetup push = new PushSetup(PushName, new CountingPushTrigger(), store, RecordKeys.DlmsPushSetupFirst);
            Assert.AreEqual("120000", CosemTest.Encoded(CosemTest.Get(push, 7)), "repetition_delay as unsigned is not valid: all defaults");
            store.Write(RecordKeys.DlmsPushSetupFirst, new byte[] { 0x02, 0x06, 0x01 }, 0, 3);
            Assert.AreEqual("0100", CosemTest.Encoded(CosemTest.Get(new PushSetup(PushName, new CountingPushTrigger(), store, RecordKeys.DlmsPushSetupFirst), 2)));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new PushSetup(PushName, new CountingPushTrigger(), store, RecordKeys.DlmsSecurityPolicy));
        }

        private static PushSetup NewPush(VirtualFlash flash, CountingPushTrigger trigger)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return new PushSetup(PushName, trigger, store, RecordKeys.DlmsPushSetupFirst);
        }

        private static DlmsData[] Windows(int count)
        {
            DlmsData[] items = new DlmsData[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = DlmsData.Structure(DlmsData.OctetString(Hex.Parse("ffffffffff" + "0" + i + "0000ff8000ff")), DlmsData.OctetString(Hex.Parse("ffffffffff" + "0" + i + "3b3bff8000ff")));
            }

            return items;
        }

        private static DlmsData Capture(ushort classId, byte[] name, sbyte attribute)
        {
            return DlmsData.Structure(DlmsData.LongUnsigned(classId), DlmsData.OctetString(name), DlmsData.Integer(attribute), DlmsData.LongUnsigned(0));
        }

        private static DlmsData[] ManyCaptures(int count)
        {
            DlmsData[] items = new DlmsData[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = Capture(1, new byte[] { 0, 0, 96, 11, (byte)i, 255 }, 2);
            }

            return items;
        }
    }
}
