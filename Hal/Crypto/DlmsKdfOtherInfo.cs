using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// OtherInfo for the DLMS concatenation KDF (<see cref="ConcatKdf"/>) in the One-Pass
    /// Diffie-Hellman C(1e,1s) and Ephemeral Unified Model C(2e,0s) schemes: AlgorithmID ‖
    /// system title of party U ‖ system title of party V, raw, without length prefixes.
    /// </summary>
    public static class DlmsKdfOtherInfo
    {
        /// <summary>System titles are 8 bytes.</summary>
        public const int SystemTitleLength = 8;

        /// <summary>AlgorithmID length: the DER content octets of the OID, without tag and length.</summary>
        public const int AlgorithmIdLength = 7;

        /// <summary>Bytes <see cref="Write"/> produces.</summary>
        public const int Length = AlgorithmIdLength + 2 * SystemTitleLength;

        // OID 2.16.756.5.8.3.x encoded: 60 = 2.16, 85 74 = 756, 05, 08, 03, x. Public stacks disagree
        // on the fourth byte: Gurux writes 05 (the DLMS UA arc 2.16.756.5.8, as in the
        // application-context-name 60 85 74 05 08 01 xx); EnergyICT/Honeywell writes 06, quoting an
        // encoding printed in the Green Book. The two derive different keys. We follow the arc (05);
        // confirm against the Green Book and a conformance-tested peer before interoperating.
        private static readonly byte[] AlgorithmIdPrefix = { 0x60, 0x85, 0x74, 0x05, 0x08, 0x03 };

        /// <summary>Writes the 23-byte OtherInfo at <paramref name="offset"/> and returns its length.</summary>
        public static int Write(
            DlmsKdfAlgorithm algorithm,
            byte[] systemTitleU, int systemTitleUOffset,
            byte[] systemTitleV, int systemTitleVOffset,
            byte[] output, int offset)
        {
            if (algorithm < DlmsKdfAlgorithm.AesGcm128 || algorithm > DlmsKdfAlgorithm.AesWrap256)
            {
                throw new ArgumentOutOfRangeException("algorithm");
            }

            Bounds.CheckBuffer(systemTitleU, systemTitleUOffset, SystemTitleLength, "systemTitleU");
            Bounds.CheckBuffer(systemTitleV, systemTitleVOffset, SystemTitleLength, "systemTitleV");
            Bounds.CheckBuffer(output, offset, Length, "output");

            Array.Copy(AlgorithmIdPrefix, 0, output, offset, AlgorithmIdPrefix.Length);
            output[offset + AlgorithmIdPrefix.Length] = (byte)algorithm;
            Array.Copy(systemTitleU, systemTitleUOffset, output, offset + AlgorithmIdLength, SystemTitleLength);
            Array.Copy(systemTitleV, systemTitleVOffset, output, offset + AlgorithmIdLength + SystemTitleLength, SystemTitleLength);
            return Length;
        }
    }
}
