using Meter.Dlms.Security;
using Meter.Events;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SecurityFailureTests
    {
        [TestMethod]
        public void ReplayIsTheOnlyInvocationCounterError()
        {
            for (int r = 1; r <= (int)CipherResult.NotAuthenticated; r++)
            {
                CipherResult result = (CipherResult)r;
                int expected = result == CipherResult.InvocationCounterReplayed ? SecurityFailure.InvocationCounterError
                    : result == CipherResult.LengthOverflow || result == CipherResult.OutputTooSmall ? SecurityFailure.PduTooLong
                    : SecurityFailure.DecipheringError;
                Assert.AreEqual(expected, SecurityFailure.ServiceErrorOf(result), "result " + r);
                Assert.AreEqual(result == CipherResult.InvocationCounterReplayed ? EventCode.ReplayAttack : EventCode.DecryptionOrAuthenticationFailure, SecurityFailure.EventCodeOf(result));
            }

            Assert.AreEqual(0, SecurityFailure.ServiceErrorOf(CipherResult.Ok));
            Assert.AreEqual((ushort)0, SecurityFailure.EventCodeOf(CipherResult.Ok));
            Assert.AreEqual(5, SecurityFailure.DecipheringError);
            Assert.AreEqual(6, SecurityFailure.InvocationCounterError);
            Assert.AreEqual((ushort)49, SecurityFailure.EventCodeOf(CipherResult.AuthenticationFailed));
            Assert.AreEqual((ushort)50, SecurityFailure.EventCodeOf(CipherResult.InvocationCounterReplayed));
        }
    }
}
