using Meter.Dlms.Acse;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Mutated published APDUs through every ACSE and initiate decoder: no exception escapes,
    /// and whatever decodes re-encodes to a stable form (decode, encode, decode, encode gives the same bytes).</summary>
    [TestClass]
    public class AcseMutationTests
    {
        private const int Iterations = 1500;

        [TestMethod]
        public void MutatedApdusNeverThrowAndDecodedOnesReencodeStably()
        {
            string[] seeds = new string[]
            {
                AcseVectors.GreenBookAarqCipheredLls,
                AcseVectors.GreenBookAareHlsGmac,
                AcseVectors.CosemPduAareWithApTitle,
                AcseVectors.U9nRlrqCiphered,
                AcseVectors.U9nRlreInitiateResponse,
                AcseVectors.GreenBookInitiateRequestPlain,
                "080100065F1F0400001E1D04C80007",
                "0E010601",
            };
            uint state = 0x2545F491;
            byte[] output = new byte[512];
            for (int s = 0; s < seeds.Length; s++)
            {
                byte[] seed = Hex.Parse(seeds[s]);
                for (int i = 0; i < Iterations; i++)
                {
                    byte[] mutated = Mutate(seed, ref state);
                    CheckAarq(mutated, output);
                    CheckAare(mutated, output);
                    CheckRlrq(mutated, output);
                    CheckRlre(mutated, output);
                    CheckInitiateRequest(mutated, output);
                    CheckInitiateResponse(mutated, output);
                    new ConfirmedServiceError().Decode(mutated, 0, mutated.Length);
                }
            }
        }

        private static byte[] Mutate(byte[] seed, ref uint state)
        {
            int length = seed.Length;
            uint kind = Next(ref state) % 4;
            if (kind == 0)
            {
                length = (int)(Next(ref state) % (uint)seed.Length);
            }
            else if (kind == 1)
            {
                length = seed.Length + 1 + (int)(Next(ref state) % 4);
            }

            byte[] mutated = new byte[length];
            System.Array.Copy(seed, mutated, length < seed.Length ? length : seed.Length);
            int flips = 1 + (int)(Next(ref state) % 3);
            for (int f = 0; f < flips && length > 0; f++)
            {
                mutated[Next(ref state) % (uint)length] = (byte)Next(ref state);
            }

            return mutated;
        }

        private static uint Next(ref uint state)
        {
            // xorshift32: the same sequence on the device and the host.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        }

        private static void CheckAarq(byte[] bytes, byte[] output)
        {
            Aarq apdu = new Aarq();
            if (apdu.Decode(bytes, 0, bytes.Length, 256) == AcseError.None)
            {
                int first;
                int second;
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out first));
                string once = Hex.Format(DlmsBytes.Take(output, first));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(output, 0, first, 256));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out second));
                Assert.AreEqual(once, Hex.Format(DlmsBytes.Take(output, second)));
            }
        }

        private static void CheckAare(byte[] bytes, byte[] output)
        {
            Aare apdu = new Aare();
            if (apdu.Decode(bytes, 0, bytes.Length, 256) == AcseError.None)
            {
                int first;
                int second;
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out first));
                string once = Hex.Format(DlmsBytes.Take(output, first));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(output, 0, first, 256));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out second));
                Assert.AreEqual(once, Hex.Format(DlmsBytes.Take(output, second)));
            }
        }

        private static void CheckRlrq(byte[] bytes, byte[] output)
        {
            Rlrq apdu = new Rlrq();
            if (apdu.Decode(bytes, 0, bytes.Length, 256) == AcseError.None)
            {
                int first;
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out first));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(output, 0, first, 256));
            }
        }

        private static void CheckRlre(byte[] bytes, byte[] output)
        {
            Rlre apdu = new Rlre();
            if (apdu.Decode(bytes, 0, bytes.Length, 256) == AcseError.None)
            {
                int first;
                Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(output, 0, out first));
                Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(output, 0, first, 256));
            }
        }

        private static void CheckInitiateRequest(byte[] bytes, byte[] output)
        {
            InitiateRequest apdu = new InitiateRequest();
            if (apdu.Decode(bytes, 0, bytes.Length) == XdlmsError.None)
            {
                int first;
                Assert.AreEqual((int)XdlmsError.None, (int)apdu.Encode(output, 0, out first));
                Assert.AreEqual((int)XdlmsError.None, (int)apdu.Decode(output, 0, first));
            }
        }

        private static void CheckInitiateResponse(byte[] bytes, byte[] output)
        {
            InitiateResponse apdu = new InitiateResponse();
            if (apdu.Decode(bytes, 0, bytes.Length) == XdlmsError.None)
            {
                int first;
                Assert.AreEqual((int)XdlmsError.None, (int)apdu.Encode(output, 0, out first));
                Assert.AreEqual((int)XdlmsError.None, (int)apdu.Decode(output, 0, first));
            }
        }
    }
}
