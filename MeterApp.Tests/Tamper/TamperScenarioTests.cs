using System;
using Meter.Events;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    /// <summary>Tamper scenarios on the virtual front end, through the real chain (front end, measurement, metrology task, detector).</summary>
    [TestClass]
    public class TamperScenarioTests
    {
        private static RecordingEvents Run(ScenarioSegment tamper)
        {
            return Run(tamper, 0, 0);
        }

        /// <summary>Runs 24 frames of 1 s; frames [faultFirst, faultLast) reach metrology unmeasured (a front-end fault).</summary>
        private static RecordingEvents Run(ScenarioSegment tamper, long faultFirst, long faultLast)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.FrameSamples = 4096;
            scenario.VoltageNoiseLsb = 2.0;
            scenario.CurrentNoiseLsb = 2.0;
            scenario.NeutralNoiseLsb = 2.0;
            scenario.Segments = new ScenarioSegment[] { new ScenarioSegment(4000, 1.0, 1.0), tamper, new ScenarioSegment(8000, 1.0, 1.0) };
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 7);
            RecordingEvents events = new RecordingEvents();
            SampleTamperDetector detector = new SampleTamperDetector(TamperSettings.For(230000, 5000), events);
            EnergyRegisters registers = new EnergyRegisters(frontEnd.SampleRateHz, 1);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), registers, 2);
            persistence.Restore();
            PulseGenerator pulses = new PulseGenerator(new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1))), frontEnd.SampleRateHz, 10000, 8);
            NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
            IMetrologyFrontEnd source = faultLast > faultFirst ? new FaultingFrontEnd(frontEnd, faultFirst, faultLast) : (IMetrologyFrontEnd)frontEnd;
            MetrologyTask task = new MetrologyTask(source, new FrameMeasurement(frontEnd, Calibration.Unity), noLoad, registers, pulses, persistence, 5, detector);
            for (int k = 0; k < 24; k++)
            {
                Assert.IsTrue(task.ProcessNextFrame(0));
            }

            Assert.AreEqual(24L - (faultLast - faultFirst), detector.Frames, "unmeasured frames are not judged");
            Assert.AreEqual(24L, task.Frames);
            return events;
        }

        private static void AssertRaisedThenCleared(RecordingEvents events, ushort raised, ushort cleared)
        {
            int start = events.Codes.IndexOf((int)raised);
            int end = events.Codes.IndexOf((int)cleared);
            Assert.IsTrue(start >= 0, EventCode.NameOf(raised) + " recorded");
            Assert.IsTrue(end > start, EventCode.NameOf(cleared) + " recorded after it");
            for (int k = start + 1; k < events.Codes.Count; k++)
            {
                Assert.AreNotEqual((int)raised, (int)events.Codes[k], "raised once");
            }
        }

        private static string Describe(RecordingEvents events)
        {
            string text = string.Empty;
            for (int k = 0; k < events.Codes.Count; k++)
            {
                text += events.Codes[k].ToString() + " " + (string)events.Details[k] + "; ";
            }

            return text;
        }

        [TestMethod]
        public void ReversePower()
        {
            ScenarioSegment segment = new ScenarioSegment(8000, 1.0, 1.0);
            segment.Reverse = true;
            RecordingEvents events = Run(segment);
            AssertRaisedThenCleared(events, EventCode.ReversePowerDetected, EventCode.ReversePowerCleared);
            Assert.AreEqual(2, events.Codes.Count, "nothing else: " + Describe(events));
        }

        [TestMethod]
        public void NeutralBypassIsAnImbalance()
        {
            ScenarioSegment segment = new ScenarioSegment(8000, 1.0, 1.0);
            segment.NeutralScale = 0.0;
            RecordingEvents events = Run(segment);
            AssertRaisedThenCleared(events, EventCode.CurrentImbalanceDetected, EventCode.CurrentImbalanceCleared);
            Assert.AreEqual(2, events.Codes.Count, "nothing else: " + Describe(events));
        }

        [TestMethod]
        public void SagUnderLoad()
        {
            RecordingEvents events = Run(new ScenarioSegment(8000, 0.8, 1.0));
            AssertRaisedThenCleared(events, EventCode.VoltageSagStarted, EventCode.VoltageSagEnded);
            Assert.AreEqual(2, events.Codes.Count, "nothing else: " + Describe(events));
        }

        [TestMethod]
        public void FrontEndFaultIsNotAnInterruption()
        {
            RecordingEvents events = Run(new ScenarioSegment(8000, 1.0, 1.0), 3, 20);
            Assert.AreEqual(0, events.Codes.Count, Describe(events));
        }

        [TestMethod]
        public void Interruption()
        {
            RecordingEvents events = Run(new ScenarioSegment(8000, 0.0, 0.0));
            AssertRaisedThenCleared(events, EventCode.InterruptionStarted, EventCode.InterruptionEnded);
            Assert.AreEqual(2, events.Codes.Count, "nothing else: " + Describe(events));
        }

        [TestMethod]
        public void MissingNeutralIsCurrentWithoutVoltage()
        {
            RecordingEvents events = Run(new ScenarioSegment(8000, 0.0, 1.0));
            AssertRaisedThenCleared(events, EventCode.CurrentWithoutVoltageDetected, EventCode.CurrentWithoutVoltageCleared);
            AssertRaisedThenCleared(events, EventCode.InterruptionStarted, EventCode.InterruptionEnded);
        }
    }
}
