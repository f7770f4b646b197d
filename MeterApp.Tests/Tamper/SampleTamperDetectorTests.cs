using Meter.Events;
using Meter.Metrology;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    [TestClass]
    public class SampleTamperDetectorTests
    {
        internal const int RaiseFrames = 3;
        internal const int ClearFrames = 4;

        internal static TamperSettings Settings()
        {
            // 230 V, minimum current 50 mA, reverse beyond 11.5 W, imbalance 13 %.
            return new TamperSettings(230000, 50000, 11500000, 13, RaiseFrames, ClearFrames);
        }

        private static Measurement Frame(long millivolts, long microamps, long neutralMicroamps, long microwatts)
        {
            Measurement m = new Measurement();
            m.VoltageMillivolts = millivolts;
            m.CurrentMicroamps = microamps;
            m.NeutralMicroamps = neutralMicroamps;
            m.ActiveMicrowatts = microwatts;
            return m;
        }

        private static Measurement Normal()
        {
            return Frame(230000, 5000000, 5000000, 1150000000);
        }

        private static Measurement Tampered(int condition)
        {
            switch (condition)
            {
                case TamperCondition.ReversePower: return Frame(230000, 5000000, 5000000, -1150000000);
                case TamperCondition.CurrentImbalance: return Frame(230000, 5000000, 4000000, 1150000000);
                case TamperCondition.CurrentWithoutVoltage: return Frame(80000, 5000000, 5000000, 400000000);
                case TamperCondition.VoltageSag: return Frame(180000, 0, 0, 0);
                default: return Frame(5000, 0, 0, 0);
            }
        }

        private static int CountOf(RecordingEvents events, ushort code)
        {
            int n = 0;
            for (int k = 0; k < events.Codes.Count; k++)
            {
                if ((int)events.Codes[k] == code)
                {
                    n++;
                }
            }

            return n;
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        [DataRow(4)]
        public void ConditionRaisesOnceAfterNFramesAndClearsAfterM(int condition)
        {
            RecordingEvents events = new RecordingEvents();
            SampleTamperDetector detector = new SampleTamperDetector(Settings(), events);
            Measurement tampered = Tampered(condition);
            Measurement normal = Normal();
            ushort raised = TamperCondition.RaisedCode(condition);
            ushort cleared = TamperCondition.ClearedCode(condition);

            detector.Update(normal);
            Assert.AreEqual(0, events.Codes.Count, "a normal frame records nothing");
            for (int k = 0; k < RaiseFrames - 1; k++)
            {
                detector.Update(tampered);
            }

            Assert.IsFalse(detector.IsActive(condition));
            Assert.AreEqual(0, CountOf(events, raised));
            detector.Update(tampered);
            Assert.IsTrue(detector.IsActive(condition));
            for (int k = 0; k < 10; k++)
            {
                detector.Update(tampered);
            }

            Assert.AreEqual(1, CountOf(events, raised));
            Assert.AreEqual(1, detector.RaisedCount(condition));
            for (int k = 0; k < ClearFrames - 1; k++)
            {
                detector.Update(normal);
            }

            Assert.IsTrue(detector.IsActive(condition));
            Assert.AreEqual(0, CountOf(events, cleared));
            detector.Update(normal);
            Assert.IsFalse(detector.IsActive(condition));
            Assert.AreEqual(1, CountOf(events, cleared));
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        [DataRow(4)]
        public void NoiseShorterThanNFramesDoesNotRaise(int condition)
        {
            RecordingEvents events = new RecordingEvents();
            SampleTamperDetector detector = new SampleTamperDetector(Settings(), events);
            for (int k = 0; k < 30; k++)
            {
                detector.Update(k % RaiseFrames == 0 ? Normal() : Tampered(condition));
            }

            Assert.AreEqual(0, events.Codes.Count);
            Assert.IsFalse(detector.IsActive(condition));
        }

        [TestMethod]
        public void EventCodesAreNamedManufacturerCodesInPairs()
        {
            for (int k = 0; k < TamperCondition.Count; k++)
            {
                ushort raised = TamperCondition.RaisedCode(k);
                Assert.IsTrue(raised >= EventCode.ManufacturerSpecificFirst && TamperCondition.ClearedCode(k) <= EventCode.ManufacturerSpecificLast);
                Assert.IsFalse(EventCode.NameOf(raised).StartsWith("event "), "raised code named");
                Assert.IsFalse(EventCode.NameOf(TamperCondition.ClearedCode(k)).StartsWith("event "), "cleared code named");
            }
        }

        [TestMethod]
        public void SagUnderLoadIsOnlyASag()
        {
            RecordingEvents events = new RecordingEvents();
            SampleTamperDetector detector = new SampleTamperDetector(Settings(), events);
            Measurement sag = Frame(180000, 5000000, 5000000, 900000000);
            for (int k = 0; k < 10; k++)
            {
                detector.Update(sag);
            }

            Assert.AreEqual(1, events.Codes.Count);
            Assert.AreEqual((int)EventCode.VoltageSagStarted, (int)events.Codes[0]);
        }

        [TestMethod]
        public void ReportsTheLargerChannelForBilling()
        {
            SampleTamperDetector detector = new SampleTamperDetector(Settings(), new RecordingEvents());
            detector.Update(Frame(230000, 1000000, 3000000, 230000000));
            Assert.IsTrue(detector.NeutralIsLarger);
            detector.Update(Frame(230000, 3000000, 1000000, 690000000));
            Assert.IsFalse(detector.NeutralIsLarger);
        }

        [TestMethod]
        public void BillsFromTheNeutralOnlyWhileAnImbalanceIsActiveWithTheNeutralLarger()
        {
            SampleTamperDetector detector = new SampleTamperDetector(Settings(), new RecordingEvents());

            // Balanced, the neutral a little larger (within the imbalance percentage): the line bills.
            for (int k = 0; k < 10; k++)
            {
                detector.Update(Frame(230000, 5000000, 5050000, 1150000000));
                Assert.IsTrue(detector.NeutralIsLarger);
                Assert.IsFalse(detector.BillsFromNeutral, "balanced, frame " + k);
            }

            // Line bypassed: the neutral bills once the imbalance is raised, not before.
            for (int k = 0; k < RaiseFrames; k++)
            {
                Assert.IsFalse(detector.BillsFromNeutral, "not raised yet");
                detector.Update(Frame(230000, 1000000, 5000000, 230000000));
            }

            Assert.IsTrue(detector.BillsFromNeutral);

            // Imbalanced the other way (neutral bypassed): the line is the larger channel and bills.
            detector.Update(Frame(230000, 5000000, 1000000, 1150000000));
            Assert.IsTrue(detector.IsActive(TamperCondition.CurrentImbalance));
            Assert.IsFalse(detector.BillsFromNeutral);
        }
    }
}
