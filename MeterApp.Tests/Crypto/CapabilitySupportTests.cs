using Meter.Hal.Board;
using Meter.Hal.Crypto;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class CapabilitySupportTests
    {
        private const CryptoCapabilities AllInterop = CryptoCapabilities.ShaInterop | CryptoCapabilities.EccInterop | CryptoCapabilities.GcmInterop;
        private const InteropFunctions AllFunctions = InteropFunctions.Sha256 | InteropFunctions.Sha384 | InteropFunctions.EcdsaP256
            | InteropFunctions.EcdsaP384 | InteropFunctions.EcdhP256 | InteropFunctions.EcdhP384 | InteropFunctions.AesGcm;

        [TestMethod]
        public void PlatformServesAesAndGcmOnlyWithNativeAes()
        {
            Assert.IsTrue(CapabilitySupport.Platform(CryptoCapabilities.AesNative, CryptoAlgorithm.Aes));
            Assert.IsTrue(CapabilitySupport.Platform(CryptoCapabilities.AesNative, CryptoAlgorithm.AesGcm));
            Assert.IsFalse(CapabilitySupport.Platform(CryptoCapabilities.AesNative, CryptoAlgorithm.HmacSha256));
            Assert.IsFalse(CapabilitySupport.Platform(CryptoCapabilities.HmacNative | CryptoCapabilities.HardwareTrng, CryptoAlgorithm.Aes));
        }

        [TestMethod]
        public void PlatformServesOnlyHmacSha256WithNativeHmac()
        {
            Assert.IsTrue(CapabilitySupport.Platform(CryptoCapabilities.HmacNative, CryptoAlgorithm.HmacSha256));
            Assert.IsFalse(CapabilitySupport.Platform(CryptoCapabilities.HmacNative, CryptoAlgorithm.HmacSha384));
            Assert.IsFalse(CapabilitySupport.Platform(CryptoCapabilities.AesNative, CryptoAlgorithm.HmacSha256));
        }

        [TestMethod]
        public void PlatformNeverServesShaOrEccWhateverTheFlags()
        {
            CryptoCapabilities everything = (CryptoCapabilities)63;
            Assert.IsFalse(CapabilitySupport.Platform(everything, CryptoAlgorithm.Sha256));
            Assert.IsFalse(CapabilitySupport.Platform(everything, CryptoAlgorithm.Sha384));
            Assert.IsFalse(CapabilitySupport.Platform(everything, CryptoAlgorithm.EcdsaP256));
            Assert.IsFalse(CapabilitySupport.Platform(everything, CryptoAlgorithm.EcdhP384));
        }

        [DataRow(2, 4, 1)]
        [DataRow(3, 4, 2)]
        [DataRow(6, 8, 4)]
        [DataRow(7, 8, 8)]
        [DataRow(8, 8, 16)]
        [DataRow(9, 8, 32)]
        [DataRow(1, 16, 64)]
        [TestMethod]
        public void InteropNeedsTheBoardFlagAndTheFirmwareFunction(int algorithm, int boardFlag, int function)
        {
            CryptoAlgorithm a = (CryptoAlgorithm)algorithm;
            Assert.IsTrue(CapabilitySupport.Interop((CryptoCapabilities)boardFlag, (InteropFunctions)function, a), "both present");
            Assert.IsFalse(CapabilitySupport.Interop((CryptoCapabilities)boardFlag, AllFunctions & ~(InteropFunctions)function, a), "firmware lacks it");
            Assert.IsFalse(CapabilitySupport.Interop(AllInterop & ~(CryptoCapabilities)boardFlag, AllFunctions, a), "board does not enable it");
            Assert.AreEqual(function, (int)CapabilitySupport.FunctionFor(a));
        }

        [TestMethod]
        public void InteropNeverServesRawAesOrHmac()
        {
            CryptoCapabilities everything = (CryptoCapabilities)63;
            Assert.IsFalse(CapabilitySupport.Interop(everything, AllFunctions, CryptoAlgorithm.Aes));
            Assert.IsFalse(CapabilitySupport.Interop(everything, AllFunctions, CryptoAlgorithm.HmacSha256));
            Assert.IsFalse(CapabilitySupport.Interop(everything, AllFunctions, CryptoAlgorithm.HmacSha384));
            Assert.AreEqual((int)InteropFunctions.None, (int)CapabilitySupport.FunctionFor(CryptoAlgorithm.Aes));
        }

        [TestMethod]
        public void StockBoardsGetNoInteropAndTheVariantGetsAll()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                bool variant = boards[b].NanoffTarget == Esp32DevKitCBoard.CryptoInteropTargetName;
                for (int a = 0; a < CryptoProviders.AlgorithmCount; a++)
                {
                    CryptoAlgorithm algorithm = (CryptoAlgorithm)a;
                    bool interop = CapabilitySupport.Interop(boards[b].Crypto, AllFunctions, algorithm);
                    Assert.AreEqual(variant && CapabilitySupport.FunctionFor(algorithm) != InteropFunctions.None, interop, boards[b].Name + " " + CryptoProviders.NameOf(algorithm));
                }
            }
        }
    }
}
