using Meter.Dlms.Security;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>HLS-GMAC pass 3/4 against Green Book Table 43 (<see cref="SecurityVectors"/>).</summary>
    [TestClass]
    public class SecurityHlsGmacTests
    {
        [TestMethod]
        public void ClientAnswersTheServerChallenge()
        {
            // f(StoC) by the client: its title 4D4D4D0000000001, IC 1.
            SecurityVectors v = new SecurityVectors(130);
            SecurityContext client = v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
            byte[] challenge = Hex.Parse(SecurityVectors.StoC);
            byte[] output = new byte[20];
            Assert.AreEqual(HlsGmac.ResponseLength, new HlsGmac(v.Rig.Operations).Compute(client, 1, challenge, 0, challenge.Length, output, 3));
            Assert.AreEqual(SecurityVectors.FStoC, Hex.Format(SecurityApduCipherTests.Slice(output, 3, 17)));
            Assert.AreEqual(SecurityVectors.StoC, Hex.Format(challenge));
        }

        [TestMethod]
        public void ServerAnswersTheClientChallenge()
        {
            // f(CtoS) by the server: its title 4D4D4D0000BC614E, IC 01234567.
            SecurityVectors v = new SecurityVectors(131);
            SecurityContext server = v.Context(SecurityVectors.ServerTitle, SecurityVectors.ClientTitle, new RamInvocationCounterGuard());
            byte[] challenge = Hex.Parse(SecurityVectors.CtoS);
            byte[] output = new byte[17];
            new HlsGmac(v.Rig.Operations).Compute(server, SecurityVectors.Counter, challenge, 0, challenge.Length, output, 0);
            Assert.AreEqual(SecurityVectors.FCtoS, Hex.Format(output));
        }

        [TestMethod]
        public void EachSideVerifiesTheOther()
        {
            SecurityVectors v = new SecurityVectors(132);
            HlsGmac hls = new HlsGmac(v.Rig.Operations);
            SecurityContext server = v.Context(SecurityVectors.ServerTitle, SecurityVectors.ClientTitle, new RamInvocationCounterGuard());
            SecurityContext client = v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
            byte[] stoc = Hex.Parse(SecurityVectors.StoC);
            byte[] ctos = Hex.Parse(SecurityVectors.CtoS);
            byte[] fStoC = Hex.Parse(SecurityVectors.FStoC);
            byte[] fCtoS = Hex.Parse(SecurityVectors.FCtoS);
            uint counter;

            Assert.AreEqual((int)CipherResult.Ok, (int)hls.Verify(server, stoc, 0, stoc.Length, fStoC, 0, fStoC.Length, out counter));
            Assert.AreEqual(1u, counter);
            Assert.AreEqual((int)CipherResult.Ok, (int)hls.Verify(client, ctos, 0, ctos.Length, fCtoS, 0, fCtoS.Length, out counter));
            Assert.AreEqual(SecurityVectors.Counter, counter);
            Assert.AreEqual(SecurityVectors.StoC, Hex.Format(stoc));

            // The other side's answer, or an answer to another challenge, does not verify.
            Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)hls.Verify(server, stoc, 0, stoc.Length, fCtoS, 0, fCtoS.Length, out counter));
            Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)hls.Verify(server, ctos, 0, ctos.Length, fStoC, 0, fStoC.Length, out counter));
        }

        [TestMethod]
        public void ForgedOrMalformedAnswersAreRefused()
        {
            SecurityVectors v = new SecurityVectors(133);
            HlsGmac hls = new HlsGmac(v.Rig.Operations);
            SecurityContext server = v.Context(SecurityVectors.ServerTitle, SecurityVectors.ClientTitle, new RamInvocationCounterGuard());
            byte[] stoc = Hex.Parse(SecurityVectors.StoC);
            uint counter;
            for (int i = 1; i < 17; i++)
            {
                byte[] forged = Hex.Parse(SecurityVectors.FStoC);
                forged[i] ^= 0x80;
                Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)hls.Verify(server, stoc, 0, stoc.Length, forged, 0, forged.Length, out counter), "byte " + i);
            }

            byte[] answer = Hex.Parse(SecurityVectors.FStoC + "00");
            Assert.AreEqual((int)CipherResult.Malformed, (int)hls.Verify(server, stoc, 0, stoc.Length, answer, 0, 16, out counter));
            Assert.AreEqual((int)CipherResult.Malformed, (int)hls.Verify(server, stoc, 0, stoc.Length, answer, 0, 18, out counter));
            answer[0] = 0x30;
            Assert.AreEqual((int)CipherResult.Malformed, (int)hls.Verify(server, stoc, 0, stoc.Length, answer, 0, 17, out counter));

            SecurityContext noPeer = v.Context(SecurityVectors.ServerTitle, null, new RamInvocationCounterGuard());
            byte[] genuine = Hex.Parse(SecurityVectors.FStoC);
            Assert.AreEqual((int)CipherResult.SystemTitleMismatch, (int)hls.Verify(noPeer, stoc, 0, stoc.Length, genuine, 0, genuine.Length, out counter));
        }
    }
}
