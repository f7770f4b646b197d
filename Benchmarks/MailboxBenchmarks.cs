using BenchmarkDotNet.Attributes;
using Meter.Runtime;

namespace Meter.Benchmarks
{
    /// <summary>One message through a task's mailbox: Post then TryTake on the same thread. Target: 0 B.</summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class MailboxBenchmarks
    {
        private readonly object _message = new object();
        private readonly Mailbox _mailbox = new Mailbox(8, MailboxOverflow.RejectNewest);

        [Benchmark]
        public object PostAndTryTake()
        {
            _mailbox.Post(_message);
            return _mailbox.TryTake();
        }
    }
}
