using Meter.Events;
using Meter.Profiles;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    [TestClass]
    public class FraudEventsTests
    {
        [TestMethod]
        public void IdisFraudCodesAndBypassTamperGoToTheFraudLog()
        {
            ushort[] fraud = new ushort[]
            {
                EventCode.TerminalCoverRemoved, EventCode.TerminalCoverClosed, EventCode.StrongDcFieldDetected,
                EventCode.StrongDcFieldRemoved, EventCode.MeterCoverRemoved, EventCode.MeterCoverClosed,
                EventCode.AuthenticationFailure, EventCode.DecryptionOrAuthenticationFailure, EventCode.ReplayAttack,
                EventCode.ReversePowerDetected, EventCode.ReversePowerCleared, EventCode.CurrentImbalanceDetected,
                EventCode.CurrentImbalanceCleared, EventCode.CurrentWithoutVoltageDetected, EventCode.CurrentWithoutVoltageCleared,
            };
            int count = 0;
            for (int code = 0; code <= 255; code++)
            {
                bool expected = false;
                for (int i = 0; i < fraud.Length; i++)
                {
                    expected |= fraud[i] == code;
                }

                Assert.AreEqual(expected, FraudEvents.IsFraud((ushort)code), "code " + code);
                count += expected ? 1 : 0;
            }

            Assert.AreEqual(fraud.Length, count);
            Assert.IsFalse(FraudEvents.IsFraud(EventCode.ParametersChanged));
            Assert.IsFalse(FraudEvents.IsFraud(EventCode.GlobalKeyChanged));
            Assert.IsFalse(FraudEvents.IsFraud(EventCode.VoltageSagStarted));
            Assert.IsFalse(FraudEvents.IsFraud(EventCode.InterruptionStarted));
        }
    }
}
