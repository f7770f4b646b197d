using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>
    /// Known answers for <see cref="Pbkdf2Sha256"/>. "passwd"/"salt" is RFC 7914 section 11
    /// (PBKDF2-HMAC-SHA256, c = 1, dkLen = 64). The "password"/"salt" vectors are the widely
    /// published PBKDF2-HMAC-SHA256 analogues of RFC 6070 (which covers SHA-1 only), recomputed
    /// with Python's hashlib.pbkdf2_hmac. Iteration counts stay small so nanoclr runs them
    /// quickly: the c = 4096 vectors and the comparison with .NET's Rfc2898DeriveBytes live in
    /// the host-only CryptoCrossCheckTests.
    /// </summary>
    [TestClass]
    public class Pbkdf2Sha256Tests
    {
        [TestMethod]
        public void Rfc7914Section11()
        {
            byte[] dk = Pbkdf2Sha256.DeriveKey(Hex.Ascii("passwd"), Hex.Ascii("salt"), 1, 64);
            Assert.AreEqual("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783", Hex.Format(dk));
        }

        [TestMethod]
        [DataRow(1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")]
        [DataRow(2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")]
        public void PasswordSalt(int iterations, string expected)
        {
            Assert.AreEqual(expected, Hex.Format(Pbkdf2Sha256.DeriveKey(Hex.Ascii("password"), Hex.Ascii("salt"), iterations, 32)));
        }

        [TestMethod]
        public void OutputLongerThanOneBlockIsTruncatedAtTheEnd()
        {
            // Python hashlib.pbkdf2_hmac("sha256", ..., 2, 40): two PRF blocks, the second cut to 8 bytes.
            byte[] dk = Pbkdf2Sha256.DeriveKey(Hex.Ascii("passwordPASSWORDpassword"), Hex.Ascii("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 2, 40);
            Assert.AreEqual("13dc8a7c13d372c90382822d2dc492f2ed52467fb7828ea86488783f2ef0397f77a9d6f8d4a44412", Hex.Format(dk));
        }

        [TestMethod]
        public void BadParametersAreRejected()
        {
            byte[] p = Hex.Ascii("p");
            byte[] s = Hex.Ascii("salt");
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Pbkdf2Sha256.DeriveKey(p, s, 0, 32));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Pbkdf2Sha256.DeriveKey(p, s, 1, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Pbkdf2Sha256.DeriveKey(p, s, 1, Pbkdf2Sha256.MaxOutputBytes + 1));
        }
    }
}
