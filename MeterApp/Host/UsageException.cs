using System;

namespace Meter.Host
{
    /// <summary>Bad command-line arguments: reported in one line with exit code 2.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
