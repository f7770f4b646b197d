using System;
using Meter.Hal.Crypto;

namespace Meter.Tests.Crypto
{
    /// <summary>An <see cref="IRandomSource"/> that replays fixed blocks in turn (the last one forever), to steer rejection sampling.</summary>
    public sealed class ScriptedRandomSource : IRandomSource
    {
        private readonly byte[][] _blocks;
        private int _next;

        public ScriptedRandomSource(byte[][] blocks)
        {
            _blocks = blocks;
        }

        /// <summary>How many blocks were drawn.</summary>
        public int Draws { get; private set; }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            byte[] block = _blocks[_next];
            if (_next < _blocks.Length - 1)
            {
                _next++;
            }

            Draws++;
            Array.Copy(block, 0, buffer, offset, count);
        }
    }
}
