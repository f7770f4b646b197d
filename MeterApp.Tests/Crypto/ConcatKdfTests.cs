using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="ConcatKdf"/> with SHA-256 and <see cref="DlmsKdfOtherInfo"/>, from
    /// shared/vectors/sp800-56a-kdf-note.txt: KAT 1 (NIST CAVP KAS EC-SHA256, via cisco/node-jose
    /// test/algorithms/concat-test.js @ 0e066bab), KAT 2 (pyca/cryptography test_concatkdf.py @ 0630c619),
    /// KAT 3 (RFC 7518 Appendix C) and the DLMS-shaped example with AlgorithmID byte 05 (the
    /// EnergyICT "06" variant derives 8cd08ff0...; see the comment in DlmsKdfOtherInfo).
    /// </summary>
    [TestClass]
    public class ConcatKdfTests
    {
        [TestMethod]
        [DataRow("003b84682ef996e462ac04fbf68d19a18fb74f869df87df24cdfcf21e2194784", "434156536964a1b2c3d4e5f9b260f9b3a465922bb2191dd60c3c691912f7070c0fc2a47e2485963982fdb486dc626b", "53272dad13352335bc2dc61c7227bdf7")]
        [DataRow("52169af5c485dcc2321eb8d26d5efa21fb9b93c98e38412ee2484cf14f0d0d23", "a1b2c3d4e53728157e634612c12d6d5223e204aeea4341565369647bd184bcd246f72971f292badaa2fe4124612cba", "1c3bc9e7c4547c5191c0d478cccaed55")]
        [DataRow("9e56d91d817135d372834283bf84269cfb316ea3da806a48f6daa7798cfe90c4", "000000074131323847434d00000005416c69636500000003426f6200000080", "56aa8deaf8236d205c2228cd71a7101a")]
        [DataRow("0d4385ba0dd756cbcab9887eb538396ee8f090a14c1079b4359f115b977f4615", "608574050803004d4d4d0000bc614e4d4d4d0000000001", "59a71fd81c929a86a99438da17a66c058c6a93fd3065f5ee16a05d775927659b")]
        public void KnownAnswers(string z, string otherInfo, string expected)
        {
            Assert.AreEqual(expected, Derive(z, otherInfo, expected.Length / 2));
        }

        [TestMethod]
        public void OutputLongerThanOneHashUsesCounterTwo()
        {
            // KAT 2 inputs, 40 bytes: K(1) ‖ first 8 bytes of K(2); recomputed with pyca/cryptography ConcatKDFHash.
            Assert.AreEqual(
                "1c3bc9e7c4547c5191c0d478cccaed559ae045dbb2ca04378e116fe49b3ba523a292626afb330bfd",
                Derive("52169af5c485dcc2321eb8d26d5efa21fb9b93c98e38412ee2484cf14f0d0d23", "a1b2c3d4e53728157e634612c12d6d5223e204aeea4341565369647bd184bcd246f72971f292badaa2fe4124612cba", 40));
        }

        [TestMethod]
        public void DlmsOtherInfoAndKeyForTheWorkedExample()
        {
            byte[] otherInfo = new byte[DlmsKdfOtherInfo.Length + 2];
            int written = DlmsKdfOtherInfo.Write(
                DlmsKdfAlgorithm.AesGcm128,
                Hex.Parse("4d4d4d0000bc614e"), 0,
                Hex.Parse("004d4d4d0000000001"), 1,
                otherInfo, 1);
            Assert.AreEqual(23, written);
            Assert.AreEqual("00608574050803004d4d4d0000bc614e4d4d4d000000000100", Hex.Format(otherInfo));

            byte[] z = Hex.Parse("0d4385ba0dd756cbcab9887eb538396ee8f090a14c1079b4359f115b977f4615");
            byte[] key = new byte[16];
            ConcatKdf.Derive(new Sha256(), z, 0, z.Length, otherInfo, 1, written, key, 0, 16);
            Assert.AreEqual("59a71fd81c929a86a99438da17a66c05", Hex.Format(key), "suite 1 AES-GCM-128 key");
        }

        [TestMethod]
        public void RejectsBadArguments()
        {
            byte[] z = new byte[32];
            byte[] output = new byte[16];
            CryptoAssert.ThrowsArgumentException(() => ConcatKdf.Derive(null, z, 0, 32, z, 0, 0, output, 0, 16), "no hash");
            CryptoAssert.ThrowsArgumentException(() => ConcatKdf.Derive(new Sha256(), z, 0, 33, z, 0, 0, output, 0, 16), "Z past the end");
            CryptoAssert.ThrowsArgumentException(() => ConcatKdf.Derive(new Sha256(), z, 0, 32, z, 0, 0, output, 0, 0), "empty key");
            CryptoAssert.ThrowsArgumentException(() => ConcatKdf.Derive(new Sha256(), z, 0, 32, z, 0, 0, output, 1, 16), "output past the end");
            CryptoAssert.ThrowsArgumentException(() => DlmsKdfOtherInfo.Write((DlmsKdfAlgorithm)4, z, 0, z, 8, output, 0), "algorithm");
            CryptoAssert.ThrowsArgumentException(() => DlmsKdfOtherInfo.Write(DlmsKdfAlgorithm.AesGcm256, z, 0, z, 8, output, 0), "output too short");
        }

        private static string Derive(string z, string otherInfo, int length)
        {
            byte[] zBytes = Hex.Parse(z);
            byte[] info = Hex.Parse(otherInfo);
            byte[] output = new byte[length];
            ConcatKdf.Derive(new Sha256(), zBytes, 0, zBytes.Length, info, 0, info.Length, output, 0, length);
            return Hex.Format(output);
        }
    }
}
