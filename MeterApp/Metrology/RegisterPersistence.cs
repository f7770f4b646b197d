using System;
using Meter.Storage;

namespace Meter.Metrology
{
    /// <summary>
    /// Keeps <see cref="EnergyRegisters"/> in the record store (key
    /// <see cref="RecordKeys.EnergyRegisters"/>, layout <see cref="RegisterRecord"/>), split
    /// between two threads so that metrology never waits on the store, whose lock every task
    /// shares (an event flood or a compaction by another task would otherwise stall it, and
    /// nanoFramework has no priority inheritance):
    /// <list type="bullet">
    /// <item>the metrology task calls <see cref="Update"/> after each frame: once any register has
    /// gained a persist step (1/<c>stepsPerUnit</c> of a unit, at least 2 steps per unit) since the
    /// last snapshot, it publishes a snapshot of all four registers (units and remainder) into a
    /// <see cref="RegisterHandoff"/>; no store access, no lock, no allocation;</item>
    /// <item>a lower-priority task (<see cref="StorageTask"/>) calls <see cref="WritePending"/>,
    /// which writes the newest published snapshot.</item>
    /// </list>
    /// <para>
    /// Power cut: the store's write is old-or-new and the snapshots reach it in publication order
    /// (older ones are only ever skipped, never written after a newer one), so the restored
    /// registers are exactly some published snapshot: never above the true energy, never below
    /// the last value persisted. A cut loses the energy since the last durable write: less than
    /// one step plus one frame since the last publication, plus what was published but not yet
    /// written. While the store is free the writer takes a snapshot at once, so the loss stays
    /// below one unit as long as a frame carries less than (1 − 1/stepsPerUnit) unit (at 4096 Hz,
    /// 20 ms frames and 1 Wh units: up to 25 kW with 2 steps); while another task holds the store
    /// for a long operation, the registers keep counting and the newest snapshot is written as
    /// soon as it is free. <see cref="Flush"/> writes the registers themselves (orderly shutdown,
    /// power-fail warning) once the metrology task has stopped.
    /// </para>
    /// <para>
    /// Flash wear: one write per step of the fastest register at most; with 1 Wh units and 2 steps
    /// at 10 kW that is 20 000 writes an hour, so a product build should size the register unit
    /// and the store's sectors together (or persist on a power-fail interrupt).
    /// </para>
    /// No allocation on either side (reused buffers).
    /// </summary>
    public sealed class RegisterPersistence
    {
        private readonly RecordStore _store;
        private readonly EnergyRegisters _registers;
        private readonly int _stepsPerUnit;
        private readonly RegisterHandoff _handoff = new RegisterHandoff();
        private readonly byte[] _buffer = new byte[RegisterRecord.Length];
        private readonly long[] _publishedUnits = new long[RegisterRecord.RegisterCount];
        private readonly long[] _publishedRemainders = new long[RegisterRecord.RegisterCount];
        private long _writes;
        private bool _suspended;

        /// <exception cref="InvalidOperationException">Another owner already uses the key in this store.</exception>
        public RegisterPersistence(RecordStore store, EnergyRegisters registers, int stepsPerUnit)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (registers == null)
            {
                throw new ArgumentNullException("registers");
            }

            if (stepsPerUnit < 2 || stepsPerUnit > 1000)
            {
                throw new ArgumentOutOfRangeException("stepsPerUnit");
            }

            _store = store;
            _registers = registers;
            _stepsPerUnit = stepsPerUnit;
            store.Claim(RecordKeys.EnergyRegisters, 1, "energy registers");
        }

        /// <summary>Durable writes made by this instance (read it from the writing thread, or once it has stopped).</summary>
        public long Writes
        {
            get { return _writes; }
        }

        /// <summary>Snapshots the metrology side has published (wraps after 2^31).</summary>
        public int Publications
        {
            get { return _handoff.Publications; }
        }

        /// <summary>False once <see cref="SuspendWrites"/> was called: nothing is written any more.</summary>
        public bool IsWriting
        {
            get { return !_suspended; }
        }

        /// <summary>
        /// Stops every later write (<see cref="Update"/> publishes nothing, <see cref="WritePending"/>
        /// and <see cref="Flush"/> write nothing), for a read-only store or a stored record that must
        /// not be overwritten. The registers keep counting in memory. Call before the tasks start.
        /// </summary>
        public void SuspendWrites()
        {
            _suspended = true;
        }

        /// <summary>
        /// Loads the registers from the store; false (registers untouched) when none were ever
        /// stored. Call once at start-up, before the first frame.
        /// </summary>
        /// <exception cref="StoreCorruptException">The newest record is damaged: the registers' value is unknown and no older copy is a safe substitute.</exception>
        /// <exception cref="InvalidOperationException">The record has another version or scaling.</exception>
        public bool Restore()
        {
            int length = _store.Read(RecordKeys.EnergyRegisters, _buffer, 0);
            if (length < 0)
            {
                RememberPublished();
                return false;
            }

            RegisterRecord.Decode(_buffer, 0, length, _registers);
            RememberPublished();
            return true;
        }

        /// <summary>
        /// Metrology thread, after each frame: publishes a snapshot for the writer if any register
        /// gained a step since the last one; returns true when it published. Never touches the store.
        /// </summary>
        public bool Update()
        {
            if (_suspended)
            {
                return false;
            }

            for (int r = 0; r < RegisterRecord.RegisterCount; r++)
            {
                if (HasGainedStep(r))
                {
                    _handoff.Publish(_registers);
                    RememberPublished();
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writer thread: waits up to <paramref name="timeoutMilliseconds"/> for a snapshot to write; true when one may be pending.</summary>
        public bool WaitForPending(int timeoutMilliseconds)
        {
            return _handoff.WaitForPublication(timeoutMilliseconds);
        }

        /// <summary>Writer thread: writes the newest published snapshot, if any not written yet; returns true when it wrote.</summary>
        public bool WritePending()
        {
            byte[] snapshot = _handoff.TakeLatest();
            if (snapshot == null || _suspended)
            {
                return false;
            }

            _store.Write(RecordKeys.EnergyRegisters, snapshot, 0, RegisterRecord.Length);
            _writes++;
            return true;
        }

        /// <summary>
        /// Persists the registers now if anything moved since the last snapshot, after any pending
        /// one. Only when the metrology task has stopped (it reads the registers it owns) and on the
        /// writing thread or with the writer stopped.
        /// </summary>
        public void Flush()
        {
            if (_suspended)
            {
                return;
            }

            WritePending();
            for (int r = 0; r < RegisterRecord.RegisterCount; r++)
            {
                EnergyRegister register = _registers[r];
                if (register.Units != _publishedUnits[r] || register.Remainder != _publishedRemainders[r])
                {
                    RegisterRecord.Encode(_registers, _buffer, 0);
                    _store.Write(RecordKeys.EnergyRegisters, _buffer, 0, RegisterRecord.Length);
                    _writes++;
                    RememberPublished();
                    return;
                }
            }
        }

        private bool HasGainedStep(int r)
        {
            EnergyRegister register = _registers[r];
            long unitsGained = register.Units - _publishedUnits[r];
            if (unitsGained >= 2)
            {
                return true;
            }

            long gained = register.Remainder - _publishedRemainders[r] + (unitsGained * register.UnitSize);
            return gained >= register.UnitSize / _stepsPerUnit;
        }

        private void RememberPublished()
        {
            for (int r = 0; r < RegisterRecord.RegisterCount; r++)
            {
                _publishedUnits[r] = _registers[r].Units;
                _publishedRemainders[r] = _registers[r].Remainder;
            }
        }
    }
}
