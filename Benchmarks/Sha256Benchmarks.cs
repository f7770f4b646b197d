using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Meter.Hal.Crypto.Managed;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Our managed SHA-256 against the named peer, .NET's SHA256.HashData (the baseline), side by
    /// side in the same run, on 64 B, 1 KiB and 1 MiB. Both write into a reused output buffer;
    /// ours reuses one instance (Append + Finish), as a hot path on the device would.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class Sha256Benchmarks
    {
        private readonly Sha256 _sha = new Sha256();
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
    }
}
