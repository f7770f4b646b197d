using Meter.Storage;

namespace Meter.SerialConsole.Commands
{
    /// <summary>flash: the record store's space, wear and activity, and what the last mount found.</summary>
    public sealed class FlashCommand : IConsoleCommand
    {
        private readonly RecordStore _store;

        public FlashCommand(RecordStore store)
        {
            _store = store;
        }

        public string Name
        {
            get { return "flash"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "record store usage, wear and health"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            StoreHealth h = _store.GetHealth();
            output.WriteLine("sectors:      " + h.SectorCount + " x " + h.SectorSize + " B, " + h.SectorsInUse + " in use, " + h.SectorsErased + " erased");
            output.WriteLine("bytes:        used " + h.BytesUsed + ", live " + h.BytesLive + ", free " + h.BytesFree);
            output.WriteLine("erase counts: min " + h.EraseCountMin + ", max " + h.EraseCountMax);
            output.WriteLine("records:      " + h.Records + " live" + (h.CorruptKeys > 0 ? ", " + h.CorruptKeys + " CORRUPT" : string.Empty) + (h.IsReadOnly ? "; READ-ONLY" : string.Empty));
            output.WriteLine("since mount:  " + h.Writes + " writes (" + h.WritesSkipped + " skipped as identical), " + h.Compactions + " compactions"
                + (h.Rescans > 0 ? ", " + h.Rescans + " rescans" : string.Empty));
            MountReport mount = h.LastMount;
            if (mount == null)
            {
                output.WriteLine("last mount:   none");
                return;
            }

            output.WriteLine("last mount:   " + (mount.IsClean ? "clean" : "REPAIRED") + "; " + mount.ToString());
        }
    }
}
