namespace Meter.Hal.Storage
{
    /// <summary>
    /// Where a <see cref="SectorFileFlash"/> keeps its image: a directory of its own holding one
    /// file per flash sector, and a marker file outside that directory which says "a store was
    /// created here" and outlives damage to the directory. The device implementation sits on
    /// nanoFramework's FileStream; tests use an in-memory one.
    /// </summary>
    public interface ISectorFileSystem
    {
        /// <summary>Files in the store's directory, the sector files and any other; 0 when it does not exist.</summary>
        int FileCount { get; }

        /// <summary>True once the store has been created completely (see <see cref="CreateMarker"/>).</summary>
        bool MarkerExists { get; }

        bool Exists(int sector);

        /// <summary>The existing file of <paramref name="sector"/>.</summary>
        IByteFile Open(int sector);

        /// <summary>The file of <paramref name="sector"/>, created empty (or emptied), with its directory.</summary>
        IByteFile Create(int sector);

        /// <summary>Records that the store is complete. Written once, never rewritten.</summary>
        void CreateMarker();

        /// <summary>The file's name for messages (e.g. I:\meter\s03.nor).</summary>
        string NameOf(int sector);
    }
}
