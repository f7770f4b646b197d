using System;
using Meter.Hal.Io;

namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// Register access to an ATM90E26 over SPI, every value confirmed through LastData (06H).
    /// </summary>
    /// <remarks>
    /// Frame (datasheet, SPI interface): 24 clocks, MSB first; the first byte is the R/W bit
    /// (1 = read) and the 7-bit address, the next two bytes the 16-bit data, which the chip
    /// drives on MISO for a read. The bus has no CRC, so a corrupted MISO bit would pass as a
    /// value. The chip keeps the value of the last read or write in LastData, and reading
    /// LastData leaves it unchanged; a value is therefore accepted only when two observations
    /// agree: the register read and a LastData read, or two LastData reads. This never reads
    /// the register twice, which matters for the energy registers (cleared on read:
    /// a second read would return zero and lose the energy). A write is confirmed by LastData
    /// reading back the written value, and repeated otherwise. Attempts are bounded; an SPI
    /// exception counts as a failed transfer. Nothing here throws for what the bus returns.
    /// Hot path: reuses two 3-byte buffers, allocates nothing. Not thread-safe.
    /// </remarks>
    public sealed class Atm90e26Bus
    {
        /// <summary>LastData reads allowed to confirm one value.</summary>
        public const int MaxConfirmations = 4;

        /// <summary>Times one write is tried before it counts as failed.</summary>
        public const int MaxWriteAttempts = 3;

        private readonly ISpiDevice _spi;
        private readonly byte[] _tx = new byte[3];
        private readonly byte[] _rx = new byte[3];
        private readonly int[] _observations = new int[MaxConfirmations + 1];
        private long _extraConfirmations;
        private long _failedReads;
        private long _failedWrites;
        private long _transferErrors;

        public Atm90e26Bus(ISpiDevice spi)
        {
            if (spi == null)
            {
                throw new ArgumentNullException("spi");
            }

            _spi = spi;
        }

        /// <summary>LastData reads beyond the first one a value needed (each is a detected corruption).</summary>
        public long ExtraConfirmations
        {
            get { return _extraConfirmations; }
        }

        /// <summary>Reads that found no two agreeing observations.</summary>
        public long FailedReads
        {
            get { return _failedReads; }
        }

        /// <summary>Writes that LastData never confirmed.</summary>
        public long FailedWrites
        {
            get { return _failedWrites; }
        }

        /// <summary>Transfers the SPI driver threw on.</summary>
        public long TransferErrors
        {
            get { return _transferErrors; }
        }

        /// <summary>Reads register <paramref name="address"/>; false when the value could not be confirmed.</summary>
        public bool TryRead(int address, out int value)
        {
            value = 0;
            int seen = 0;
            int observed;
            if (Transfer(Atm90e26Registers.ReadFlag | address, 0, out observed))
            {
                _observations[seen++] = observed;
            }

            for (int k = 0; k < MaxConfirmations; k++)
            {
                if (k > 0)
                {
                    _extraConfirmations++;
                }

                if (!Transfer(Atm90e26Registers.ReadFlag | Atm90e26Registers.LastData, 0, out observed))
                {
                    continue;
                }

                // Two observations that agree: a corruption would have to produce the same word twice.
                for (int i = 0; i < seen; i++)
                {
                    if (_observations[i] == observed)
                    {
                        value = observed;
                        return true;
                    }
                }

                _observations[seen++] = observed;
            }

            _failedReads++;
            return false;
        }

        /// <summary>Writes <paramref name="value"/> to <paramref name="address"/> and confirms it through LastData.</summary>
        public bool TryWrite(int address, int value)
        {
            for (int attempt = 0; attempt < MaxWriteAttempts; attempt++)
            {
                int echo;
                if (Write(address, value) && TryRead(Atm90e26Registers.LastData, out echo) && echo == value)
                {
                    return true;
                }
            }

            _failedWrites++;
            return false;
        }

        /// <summary>Writes without confirmation (for SoftReset, after which LastData holds its power-on value).</summary>
        public bool Write(int address, int value)
        {
            int ignored;
            return Transfer(address & 0x7F, value, out ignored);
        }

        private bool Transfer(int command, int data, out int received)
        {
            _tx[0] = (byte)command;
            _tx[1] = (byte)(data >> 8);
            _tx[2] = (byte)data;
            _rx[0] = 0;
            _rx[1] = 0;
            _rx[2] = 0;
            try
            {
                _spi.TransferFullDuplex(_tx, _rx);
            }
            catch (Exception)
            {
                // A bus driver error is one failed transfer, like a corrupted one: retried above.
                _transferErrors++;
                received = 0;
                return false;
            }

            received = (_rx[1] << 8) | _rx[2];
            return true;
        }
    }
}
