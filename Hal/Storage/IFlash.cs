namespace Meter.Hal.Storage
{
    /// <summary>
    /// NOR-like flash: erasing a sector sets every byte to 0xFF and programming can only clear
    /// bits (new = old AND data). A power cut may stop an operation part way, so callers must
    /// make every update detectable as whole or absent.
    /// </summary>
    public interface IFlash
    {
        int SectorSize { get; }

        int SectorCount { get; }

        void Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Programs bytes: each flash byte becomes (old AND new).</summary>
        void Program(int address, byte[] buffer, int offset, int count);

        void EraseSector(int sector);
    }
}
