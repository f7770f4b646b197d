using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Meter.Hal.Crypto.Managed;

namespace Meter.Benchmarks
{
    /// <summary>
    /// PBKDF2-HMAC-SHA256 with 10,000 iterations, a 20-byte password and a 16-byte salt, one
    /// 32-byte block out: our managed Pbkdf2Sha256 against .NET's Rfc2898DeriveBytes.Pbkdf2
    /// (the baseline), both into a reused output buffer.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class Pbkdf2Sha256Benchmarks
    {
        private const int Iterations = 10000;

        private readonly byte[] _password = new byte[20];
        private readonly byte[] _salt = new byte[16];
        private readonly byte[] _output = new byte[32];

        [GlobalSetup]
        public void Setup()
        {
            for (int i = 0; i < _password.Length; i++)
            {
                _password[i] = (byte)('a' + i);
            }

            for (int i = 0; i < _salt.Length; i++)
            {
                _salt[i] = (byte)(0x30 + i);
            }
        }

        [Benchmark(Baseline = true, Description = ".NET Rfc2898DeriveBytes.Pbkdf2")]
        public byte[] DotNet()
        {
            Rfc2898DeriveBytes.Pbkdf2(
                _password, _salt, _output, Iterations, HashAlgorithmName.SHA256);
            return _output;
        }

        [Benchmark(Description = "Meter Pbkdf2Sha256.DeriveKey")]
        public byte[] Managed()
        {
            Pbkdf2Sha256.DeriveKey(_password, 0, _password.Length, _salt, 0, _salt.Length, Iterations, _output, 0, _output.Length);
            return _output;
        }
    }
}
