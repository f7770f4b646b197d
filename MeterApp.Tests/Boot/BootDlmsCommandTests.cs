using System.Threading;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    /// <summary>The console's <c>dlms</c> command on a running meter: the server's state, endpoint and counters, never a key.</summary>
    [TestClass]
    public class BootDlmsCommandTests
    {
        [TestMethod]
        public void TheConsoleShowsTheRunningServerButNoKey()
        {
            RunningMeter meter = Started(RunningMeter.Boot(new VirtualFlash(4096, 64)));
            try
            {
                string answer = meter.Ask("dlms", "policy");
                Assert.Contains("server        up", answer);
                Assert.Contains("system title  " + meter.App.Dlms.Keys.Identity.SystemTitleHex, answer);
                Assert.Contains("endpoint      127.0.0.1:" + meter.App.Dlms.Wrapper.LocalPort.ToString() + " listening", answer);
                Assert.Contains("connections   active 0  accepted 0  refused 0", answer);
                Assert.Contains("requests      refused 0  security failures 0  authentication failures 0  faults 0", answer);
                Assert.Contains("IC in         SAP 1 none accepted yet", answer);
                Assert.Contains("IC out        next " + meter.App.Dlms.Counters.OwnUnicast.NextValue.ToString(), answer);
                Assert.Contains("policy        3 all messages authenticated and encrypted", answer);

                string error;
                ShipmentFile shipment = meter.Shipment.Parse(out error);
                Assert.IsNull(error);
                for (int keyId = 0; keyId < 4; keyId++)
                {
                    if (shipment.HasKey(keyId))
                    {
                        byte[] key = new byte[ShipmentFile.KeyLength];
                        shipment.CopyKey(keyId, key, 0);
                        string hex = Hex.Format(key);
                        Assert.IsTrue(answer.IndexOf(hex) < 0 && answer.IndexOf(hex.ToUpper()) < 0, "key " + keyId.ToString() + " shown");
                    }
                }
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void AnUnprovisionedMeterSaysWhyItRefusesAssociations()
        {
            RunningMeter meter = Started(RunningMeter.BootWithoutFactoryStation(new VirtualFlash(4096, 64)));
            try
            {
                Assert.IsNull(meter.App.Dlms.Server);
                string answer = meter.Ask("dlms", "connections");
                Assert.Contains("server        down: no DLMS identity (unprovisioned)", answer);
                Assert.Contains("endpoint      127.0.0.1:" + meter.App.Dlms.Wrapper.LocalPort.ToString() + " listening", answer);
                Assert.IsTrue(answer.IndexOf("system title") < 0, "no identity, no system title");
                Assert.IsTrue(answer.IndexOf("policy") < 0, "no server, no policy");
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void TheCommandTakesNoArguments()
        {
            RunningMeter meter = Started(RunningMeter.Boot(new VirtualFlash(4096, 64)));
            try
            {
                Assert.Contains("error: usage: dlms", meter.Ask("dlms now", "usage"));
                Assert.Contains("dlms", meter.Ask("help", "dlms"));
            }
            finally
            {
                meter.App.Stop();
            }
        }

        // Starts the tasks and waits for the wrapper to listen (its task binds asynchronously).
        private static RunningMeter Started(RunningMeter meter)
        {
            meter.App.Start();
            for (int i = 0; i < 500 && meter.App.Dlms.Wrapper.LocalPort == 0; i++)
            {
                Thread.Sleep(10);
            }

            Assert.AreNotEqual(0, meter.App.Dlms.Wrapper.LocalPort);
            return meter;
        }
    }
}
