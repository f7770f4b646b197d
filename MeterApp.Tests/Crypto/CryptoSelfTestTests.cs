using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class CryptoSelfTestTests
    {
        [TestMethod]
        public void ManagedProviderPassesEveryKnownAnswer()
        {
            CryptoProviders providers = new CryptoProviders(new ICryptoProvider[] { new ManagedCryptoProvider() });
            CryptoHealth health = new CryptoHealth();
            Assert.IsFalse(health.IsOperational, "untested at start");
            Assert.IsFalse(health.IsTested);

            SelfTestReport report = new CryptoSelfTest(providers, health).Run();

            Assert.IsTrue(report.AllPassed, report.FirstFailure);
            Assert.AreEqual(12, report.Count);
            Assert.IsTrue(health.IsOperational);
            Assert.IsTrue(health.IsTested);
            Assert.AreEqual("managed", report.ProviderAt(0));
        }

        [TestMethod]
        public void FaultyProviderPutsCryptoInTheErrorStateUntilRestart()
        {
            SpyProvider faulty = new SpyProvider();
            faulty.Corrupt = (int)CryptoAlgorithm.Sha384;
            CryptoProviders providers = new CryptoProviders(new ICryptoProvider[] { faulty });
            CryptoHealth health = new CryptoHealth();
            CryptoSelfTest selfTest = new CryptoSelfTest(providers, health);

            SelfTestReport report = selfTest.Run();

            Assert.IsFalse(report.AllPassed);
            Assert.IsFalse(report.PassedAt((int)CryptoAlgorithm.Sha384));
            Assert.IsTrue(report.PassedAt((int)CryptoAlgorithm.Sha256));
            Assert.IsFalse(health.IsOperational);
            Assert.Contains("SHA-384", health.Failure);

            // Fixed provider, same boot: still in the error state.
            faulty.Corrupt = -1;
            Assert.IsTrue(selfTest.Run().AllPassed);
            Assert.IsFalse(health.IsOperational);
        }

        [TestMethod]
        public void ErrorStateRefusesKeyOperations()
        {
            SpyProvider faulty = new SpyProvider();
            faulty.Corrupt = (int)CryptoAlgorithm.Sha256;
            CryptoRig meter = CryptoRig.With(faulty, 30);
            Assert.IsFalse(meter.Health.IsOperational);
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign));
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => meter.Operations.VerifyHash(EcCurve.P256, new byte[64], 0, new byte[32], 0, 32, new byte[64], 0, 64));
        }

        [TestMethod]
        public void PreferredProviderServesWhatItSupports()
        {
            ICryptoProvider managed = new ManagedCryptoProvider();
            HashOnlyProvider hashOnly = new HashOnlyProvider();
            CryptoProviders providers = new CryptoProviders(new ICryptoProvider[] { hashOnly, managed });
            Assert.AreSame(hashOnly, providers.For(CryptoAlgorithm.Sha256));
            Assert.AreSame(managed, providers.For(CryptoAlgorithm.Sha384));
            Assert.AreSame(managed, providers.For(CryptoAlgorithm.EcdsaP256));
            Assert.ThrowsException(typeof(ArgumentException), () => new CryptoProviders(new ICryptoProvider[] { hashOnly }));
        }

        /// <summary>A provider that claims only SHA-256 (served by the managed code underneath).</summary>
        private sealed class HashOnlyProvider : ICryptoProvider
        {
            public string Name
            {
                get { return "hash-only"; }
            }

            public bool Supports(CryptoAlgorithm algorithm)
            {
                return algorithm == CryptoAlgorithm.Sha256;
            }

            public IAesEngine CreateAes(byte[] key, int offset, int count)
            {
                throw new NotSupportedException();
            }

            public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
            {
                throw new NotSupportedException();
            }

            public IHash CreateHash(CryptoAlgorithm algorithm)
            {
                return new Sha256();
            }

            public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
            {
                throw new NotSupportedException();
            }

            public IEcdsa CreateEcdsa(EcCurve curve)
            {
                throw new NotSupportedException();
            }

            public IEcdh CreateEcdh(EcCurve curve)
            {
                throw new NotSupportedException();
            }
        }
    }
}
