using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Meter.Benchmarks
{
    /// <summary>
    /// The one job every benchmark class uses: one launch, 3 warm-up and 8 measured iterations,
    /// so the whole suite runs in a few minutes on the project's 2-core machine. Fewer iterations
    /// than BenchmarkDotNet's default widen the error column; docs/benchmarks.md reports it as is.
    /// </summary>
    public sealed class ShortRunConfig : ManualConfig
    {
        public ShortRunConfig()
        {
            AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(8)
                .WithId("Short"));
        }
    }
}
