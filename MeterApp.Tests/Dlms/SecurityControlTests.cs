using Meter.Dlms.Security;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SecurityControlTests
    {
        [TestMethod]
        [DataRow(0x10, false, (int)CipherResult.Ok)]
        [DataRow(0x20, false, (int)CipherResult.Ok)]
        [DataRow(0x30, false, (int)CipherResult.Ok)]
        [DataRow(0x70, true, (int)CipherResult.Ok)]
        [DataRow(0x70, false, (int)CipherResult.BroadcastNotAllowed)]
        [DataRow(0x00, true, (int)CipherResult.NotProtected)]
        [DataRow(0x40, true, (int)CipherResult.NotProtected)]
        [DataRow(0x31, false, (int)CipherResult.UnsupportedSuite)]
        [DataRow(0x3F, false, (int)CipherResult.UnsupportedSuite)]
        [DataRow(0xB0, true, (int)CipherResult.CompressionUnsupported)]
        [DataRow(0x80, true, (int)CipherResult.CompressionUnsupported)]
        public void CheckAcceptsSuiteZeroProtectionOnly(int securityControl, bool broadcastAllowed, int expected)
        {
            Assert.AreEqual(expected, (int)SecurityControl.Check((byte)securityControl, broadcastAllowed));
        }

        [TestMethod]
        public void BitsAreReadAsTheGreenBookNamesThem()
        {
            Assert.IsTrue(SecurityControl.IsAuthenticated(0x10));
            Assert.IsFalse(SecurityControl.IsEncrypted(0x10));
            Assert.IsTrue(SecurityControl.IsEncrypted(0x20));
            Assert.IsFalse(SecurityControl.IsAuthenticated(0x20));
            Assert.IsTrue(SecurityControl.UsesBroadcastKey(0x70));
            Assert.IsFalse(SecurityControl.UsesBroadcastKey(0x30));
            Assert.AreEqual(2, SecurityControl.SuiteOf(0x32));
            Assert.AreEqual((byte)0x30, SecurityControl.AuthenticatedAndEncrypted);
        }
    }
}
