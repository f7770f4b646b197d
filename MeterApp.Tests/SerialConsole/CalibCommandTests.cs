using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.SerialConsole.Commands;
using Meter.Tests.Metrology;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class CalibCommandTests
    {
        private sealed class Rig
        {
            public readonly ConsoleFixture Console = ConsoleFixture.Create();
            public readonly VirtualFlash Flash = new VirtualFlash(4096, 3);
            public readonly RecordingEvents CalibrationEvents = new RecordingEvents();
            public readonly CalibrationStore Store;
            public readonly MetrologyRig Metrology = new MetrologyRig(new VirtualFrontEnd(new MeteringScenario(), 5));

            public Rig()
            {
                Store = new CalibrationStore(StoreTestKit.Mounted(Flash), CalibrationEvents);
                Store.Load();
                Console.Commands.Add(new CalibCommand(Store));
                Console.Commands.Add(new CalibSetCommand(Store, Metrology.Task));
            }

            public void Login()
            {
                Assert.StartsWith("logged in", Console.Run("login " + ConsoleFixture.Secret));
            }
        }

        [TestMethod]
        public void AnyoneMayReadTheCalibration()
        {
            Rig rig = new Rig();
            string[] lines = rig.Console.RunLines("calib");
            Assert.AreEqual(7, lines.Length);
            Assert.AreEqual("vgain    1.000000", lines[0]);
            Assert.AreEqual("phase    0.0000 deg", lines[5]);
            Assert.AreEqual("changes  0", lines[6]);
        }

        [TestMethod]
        public void ChangeIsRefusedBeforeLoginAndAcceptedAfter()
        {
            Rig rig = new Rig();
            Assert.AreEqual("error: 'calib-set' is privileged: login first\r\n", rig.Console.Run("calib-set igain 1.01"));
            Assert.AreSame(Calibration.Unity, rig.Store.Current);
            Assert.AreEqual(0, rig.Metrology.Task.Mailbox.Count);

            rig.Login();
            Assert.AreEqual("igain set, change #1\r\n", rig.Console.Run("calib-set igain 1.01"));
            Assert.AreEqual("1.010000", CalibrationText.FormatGain(rig.Store.Current.CurrentGain));
            Assert.AreEqual("iG 1.000000->1.010000 by console", (string)rig.CalibrationEvents.Details[0]);
            Assert.AreEqual((int)EventCode.CalibrationChanged, (int)rig.CalibrationEvents.Codes[0]);
            Assert.AreEqual(1, rig.Metrology.Task.Mailbox.Count, "posted to metrology");
            rig.Metrology.Run(1);
            Assert.AreSame(rig.Store.Current, rig.Metrology.Task.Calibration);
            Assert.AreEqual("igain    1.010000", rig.Console.RunLines("calib")[1]);
        }

        [TestMethod]
        [DataRow("calib-set igain 1.3")]
        [DataRow("calib-set igain abc")]
        [DataRow("calib-set phase 6")]
        [DataRow("calib-set ioffset -0.5")]
        [DataRow("calib-set gain 1.0")]
        [DataRow("calib-set igain")]
        public void BadInputIsOneErrorLineAndChangesNothing(string line)
        {
            Rig rig = new Rig();
            rig.Login();
            string[] lines = rig.Console.RunLines(line);
            Assert.AreEqual(1, lines.Length);
            Assert.StartsWith("error: ", lines[0]);
            Assert.AreSame(Calibration.Unity, rig.Store.Current);
            Assert.AreEqual(0L, rig.Store.ChangeCount);
            Assert.AreEqual(0, rig.CalibrationEvents.Codes.Count);
            Assert.AreEqual(0, rig.Metrology.Task.Mailbox.Count);
        }

        [TestMethod]
        public void HelpMarksOnlyTheChangeAsPrivileged()
        {
            Rig rig = new Rig();
            string help = rig.Console.Run("help");
            Assert.Contains("  " + "calib".PadRight(16, ' ') + "  show the calibration", help);
            Assert.Contains("* change one calibration value", help);
        }
    }
}
