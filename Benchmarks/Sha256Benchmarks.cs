using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Meter.Hal.Crypto.Managed;
using Org.BouncyCastle.Crypto.Digests;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Our managed SHA-256 against .NET's SHA256.HashData (the baseline) and the managed peer,
    /// Portable.BouncyCastle's Sha256Digest, side by side in the same run, on 64 B, 1 KiB and 1 MiB.
    /// All write into a reused output buffer; ours and BouncyCastle's reuse one instance, as a hot
    /// path on the device would.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class Sha256Benchmarks
    {
        private readonly Sha256 _sha = new Sha256();
        private readonly Sha256Digest _bouncy = new Sha256Digest();
        private readonly byte[] _digest = new byte[Sha256.HashSizeInBytes];
        private byte[] _data;

        [Params(64, 1024, 1048576)]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _data = new byte[Size];
            for (int i = 0; i < _data.Length; i++)
            {
                _data[i] = (byte)(i * 31 + 7);
            }
        }

        [Benchmark(Baseline = true, Description = ".NET SHA256.HashData")]
        public int DotNet()
        {
            return SHA256.HashData(_data, _digest);
        }

        [Benchmark(Description = "Meter Sha256 Append+Finish")]
        public byte[] Managed()
        {
            _sha.Append(_data, 0, _data.Length);
            _sha.Finish(_digest, 0);
            return _digest;
        }

        [Benchmark(Description = "BouncyCastle Sha256Digest")]
        public byte[] BouncyCastle()
        {
            _bouncy.BlockUpdate(_data, 0, _data.Length);
            _bouncy.DoFinal(_digest, 0);
            return _digest;
        }
    }
}
