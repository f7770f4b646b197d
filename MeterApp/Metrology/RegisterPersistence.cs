using System;
using Meter.Storage;

namespace Meter.Metrology
{
    /// <summary>
    /// Keeps <see cref="EnergyRegisters"/> in the record store (key
    /// <see cref="RecordKeys.EnergyRegisters"/>, layout <see cref="RegisterRecord"/>).
    /// <para>
    /// Rule: after each frame, <see cref="Update"/> writes all four registers (units and
    /// remainder) once any of them has gained a persist step (1/<c>stepsPerUnit</c> of a unit, at
    /// least 2 steps per unit) since the last durable write. A cut before or during a write loses
    /// at most the energy since the last durable write: less than one step plus one frame, which
    /// stays below one unit while a frame carries less than (1 − 1/stepsPerUnit) unit (at 4096 Hz,
    /// 20 ms frames and 1 Wh units: up to 25 kW with 2 steps). The store's write is old-or-new, so
    /// the restored registers are exactly some durable snapshot: never above the true energy,
    /// never below the last value persisted. <see cref="Flush"/> writes now (orderly shutdown,
    /// power-fail warning).
    /// </para>
    /// <para>
    /// Flash wear: one write per step of the fastest register; with 1 Wh units and 2 steps at
    /// 10 kW that is 20 000 writes an hour, so a product build should size the register unit and
    /// the store's sectors together (or persist on a power-fail interrupt).
    /// </para>
    /// Not thread-safe: the metrology task owns it. Writes reuse one buffer (no allocation).
    /// </summary>
    public sealed class RegisterPersistence
    {
        private readonly RecordStore _store;
        private readonly EnergyRegisters _registers;
        private readonly int _stepsPerUnit;
        private readonly byte[] _buffer = new byte[RegisterRecord.Length];
        private readonly long[] _savedUnits = new long[RegisterRecord.RegisterCount];
        private readonly long[] _savedRemainders = new long[RegisterRecord.RegisterCount];
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

        /// <summary>Durable writes made by this instance.</summary>
        public long Writes
        {
            get { return _writes; }
        }

        /// <summary>False once <see cref="SuspendWrites"/> was called: nothing is written any more.</summary>
        public bool IsWriting
        {
            get { return !_suspended; }
        }

        /// <summary>
        /// Stops every later write (<see cref="Update"/> and <see cref="Flush"/> do nothing), for a
        /// read-only store or a stored record that must not be overwritten. The registers keep
        /// counting in memory.
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
                Remember();
                return false;
            }

            RegisterRecord.Decode(_buffer, 0, length, _registers);
            Remember();
            return true;
        }

        /// <summary>Persists if any register gained a step since the last write; returns true when it wrote.</summary>
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
                    Write();
                    return true;
                }
            }

            return false;
        }

        /// <summary>Persists now if anything moved since the last write.</summary>
        public void Flush()
        {
            if (_suspended)
            {
                return;
            }

            for (int r = 0; r < RegisterRecord.RegisterCount; r++)
            {
                EnergyRegister register = _registers[r];
                if (register.Units != _savedUnits[r] || register.Remainder != _savedRemainders[r])
                {
                    Write();
                    return;
                }
            }
        }

        private bool HasGainedStep(int r)
        {
            EnergyRegister register = _registers[r];
            long unitsGained = register.Units - _savedUnits[r];
            if (unitsGained >= 2)
            {
                return true;
            }

            long gained = register.Remainder - _savedRemainders[r] + (unitsGained * register.UnitSize);
            return gained >= register.UnitSize / _stepsPerUnit;
        }

        private void Write()
        {
            RegisterRecord.Encode(_registers, _buffer, 0);
            _store.Write(RecordKeys.EnergyRegisters, _buffer, 0, RegisterRecord.Length);
            _writes++;
            Remember();
        }

        private void Remember()
        {
            for (int r = 0; r < RegisterRecord.RegisterCount; r++)
            {
                _savedUnits[r] = _registers[r].Units;
                _savedRemainders[r] = _registers[r].Remainder;
            }
        }
    }
}
