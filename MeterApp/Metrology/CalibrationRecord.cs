using System;
using Meter.Storage;

namespace Meter.Metrology
{
    /// <summary>
    /// The stored form of a <see cref="Calibration"/> (key <see cref="RecordKeys.Calibration"/>),
    /// little-endian, 34 bytes: version u16 (1), voltage, current and neutral gain i32 (parts of
    /// 2^30), current and neutral offset i64 (µA), phase i32 (µrad). The record store adds the CRC.
    /// A stored calibration must also be plausible for a real sensor, tighter than what
    /// <see cref="Calibration"/> itself accepts: gains within ±20 % of unity, phase within ±5°,
    /// offsets 0..<see cref="Calibration.MaxOffsetMicroamps"/>.
    /// </summary>
    public static class CalibrationRecord
    {
        public const ushort Version = 1;

        public const int Size = 34;

        /// <summary>Largest accepted |gain − unity|: 20 % of unity.</summary>
        public const int MaxGainDeviation = Calibration.UnityGain / 5;

        /// <summary>Largest accepted |phase|: 5° = 87 266 µrad.</summary>
        public const int MaxPhaseMicroradians = 87266;

        /// <summary>Null when <paramref name="calibration"/> may be stored, else the name of the first field out of range.</summary>
        public static string OutOfRange(Calibration calibration)
        {
            if (calibration == null)
            {
                throw new ArgumentNullException("calibration");
            }

            if (!GainInRange(calibration.VoltageGain))
            {
                return "vgain";
            }

            if (!GainInRange(calibration.CurrentGain))
            {
                return "igain";
            }

            if (!GainInRange(calibration.NeutralGain))
            {
                return "ngain";
            }

            if (!OffsetInRange(calibration.CurrentOffsetMicroamps))
            {
                return "ioffset";
            }

            if (!OffsetInRange(calibration.NeutralOffsetMicroamps))
            {
                return "noffset";
            }

            return PhaseInRange(calibration.PhaseMicroradians) ? null : "phase";
        }

        /// <summary>Writes <paramref name="calibration"/> into <paramref name="buffer"/> at <paramref name="offset"/>; returns <see cref="Size"/>.</summary>
        public static int Encode(Calibration calibration, byte[] buffer, int offset)
        {
            string bad = OutOfRange(calibration);
            if (bad != null)
            {
                throw new ArgumentOutOfRangeException(bad);
            }

            if (buffer == null || offset < 0 || offset > buffer.Length - Size)
            {
                throw new ArgumentOutOfRangeException("buffer");
            }

            LittleEndian.WriteUInt16(buffer, offset, Version);
            LittleEndian.WriteUInt32(buffer, offset + 2, (uint)calibration.VoltageGain);
            LittleEndian.WriteUInt32(buffer, offset + 6, (uint)calibration.CurrentGain);
            LittleEndian.WriteUInt32(buffer, offset + 10, (uint)calibration.NeutralGain);
            LittleEndian.WriteInt64(buffer, offset + 14, calibration.CurrentOffsetMicroamps);
            LittleEndian.WriteInt64(buffer, offset + 22, calibration.NeutralOffsetMicroamps);
            LittleEndian.WriteUInt32(buffer, offset + 30, (uint)calibration.PhaseMicroradians);
            return Size;
        }

        /// <summary>The calibration in <paramref name="count"/> bytes at <paramref name="offset"/>, or null for a wrong length, an unknown version or any value out of range.</summary>
        public static Calibration Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count != Size || offset > buffer.Length - Size)
            {
                return null;
            }

            if (LittleEndian.ReadUInt16(buffer, offset) != Version)
            {
                return null;
            }

            int voltageGain = (int)LittleEndian.ReadUInt32(buffer, offset + 2);
            int currentGain = (int)LittleEndian.ReadUInt32(buffer, offset + 6);
            int neutralGain = (int)LittleEndian.ReadUInt32(buffer, offset + 10);
            long currentOffset = LittleEndian.ReadInt64(buffer, offset + 14);
            long neutralOffset = LittleEndian.ReadInt64(buffer, offset + 22);
            int phase = (int)LittleEndian.ReadUInt32(buffer, offset + 30);
            if (!GainInRange(voltageGain) || !GainInRange(currentGain) || !GainInRange(neutralGain)
                || !OffsetInRange(currentOffset) || !OffsetInRange(neutralOffset) || !PhaseInRange(phase))
            {
                return null;
            }

            return new Calibration(voltageGain, currentGain, neutralGain, currentOffset, neutralOffset, phase);
        }

        private static bool GainInRange(int gain)
        {
            long deviation = (long)gain - Calibration.UnityGain;
            return deviation <= MaxGainDeviation && deviation >= -MaxGainDeviation;
        }

        private static bool OffsetInRange(long offset)
        {
            return offset >= 0 && offset <= Calibration.MaxOffsetMicroamps;
        }

        private static bool PhaseInRange(int phase)
        {
            return phase <= MaxPhaseMicroradians && phase >= -MaxPhaseMicroradians;
        }
    }
}
