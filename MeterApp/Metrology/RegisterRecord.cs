using System;
using Meter.Storage;

namespace Meter.Metrology
{
    /// <summary>
    /// The persisted layout of <see cref="EnergyRegisters"/>, little-endian, 76 bytes:
    /// <code>
    /// 0      version (1)
    /// 1      register count (4)
    /// 2..3   reserved, 0
    /// 4..7   sample rate, Hz          (the remainder's scaling)
    /// 8..11  mWh per register unit    (the register's scaling)
    /// 12..   per register A+, A−, R+, R−: units (int64), remainder in µW·samples (int64)
    /// </code>
    /// The scaling is stored so that a build with another scaling refuses the record instead of
    /// misreading it.
    /// </summary>
    public static class RegisterRecord
    {
        public const byte Version = 1;
        public const int RegisterCount = 4;
        public const int Length = 12 + (RegisterCount * 16);

        /// <summary>Writes the registers into <paramref name="buffer"/> at <paramref name="offset"/>; returns <see cref="Length"/>.</summary>
        public static int Encode(EnergyRegisters registers, byte[] buffer, int offset)
        {
            if (registers == null)
            {
                throw new ArgumentNullException("registers");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length - Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            EnergyRegister first = registers[0];
            buffer[offset] = Version;
            buffer[offset + 1] = RegisterCount;
            buffer[offset + 2] = 0;
            buffer[offset + 3] = 0;
            LittleEndian.WriteUInt32(buffer, offset + 4, (uint)first.SampleRateHz);
            LittleEndian.WriteUInt32(buffer, offset + 8, (uint)first.MilliwattHoursPerUnit);
            for (int r = 0; r < RegisterCount; r++)
            {
                EnergyRegister register = registers[r];
                LittleEndian.WriteInt64(buffer, offset + 12 + (r * 16), register.Units);
                LittleEndian.WriteInt64(buffer, offset + 20 + (r * 16), register.Remainder);
            }

            return Length;
        }

        /// <summary>Loads a record into <paramref name="registers"/>, after checking all of it.</summary>
        /// <exception cref="InvalidOperationException">Wrong length, version or scaling, or a value out of range; the registers are unchanged.</exception>
        public static void Decode(byte[] buffer, int offset, int count, EnergyRegisters registers)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (registers == null)
            {
                throw new ArgumentNullException("registers");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (count != Length || buffer[offset] != Version || buffer[offset + 1] != RegisterCount)
            {
                throw new InvalidOperationException("not an energy register record of version " + Version);
            }

            EnergyRegister first = registers[0];
            if (LittleEndian.ReadUInt32(buffer, offset + 4) != (uint)first.SampleRateHz
                || LittleEndian.ReadUInt32(buffer, offset + 8) != (uint)first.MilliwattHoursPerUnit)
            {
                throw new InvalidOperationException("the energy register record has another scaling");
            }

            for (int r = 0; r < RegisterCount; r++)
            {
                long units = LittleEndian.ReadInt64(buffer, offset + 12 + (r * 16));
                long remainder = LittleEndian.ReadInt64(buffer, offset + 20 + (r * 16));
                if (units < 0 || remainder < 0 || remainder >= registers[r].UnitSize)
                {
                    throw new InvalidOperationException("energy register " + r + " is out of range in its record");
                }
            }

            for (int r = 0; r < RegisterCount; r++)
            {
                registers[r].Restore(
                    LittleEndian.ReadInt64(buffer, offset + 12 + (r * 16)),
                    LittleEndian.ReadInt64(buffer, offset + 20 + (r * 16)));
            }
        }
    }
}
