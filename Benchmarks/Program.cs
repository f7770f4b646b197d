using BenchmarkDotNet.Running;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Entry point of the host-only benchmark suite. Pick benchmarks with BenchmarkDotNet's own
    /// arguments, e.g. <c>dotnet run -c Release --project Benchmarks -- --filter '*'</c>
    /// (docs/benchmarks.md records the results).
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
