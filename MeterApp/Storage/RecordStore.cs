using System;
using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// The meter's one power-fail-safe key/value store on NOR flash, holding all persistent state.
    /// <para>
    /// Layout: a ring of sectors, each starting with a header (<see cref="SectorFormat"/>), then
    /// records appended one after the other (<see cref="RecordFormat"/>). Each record carries its
    /// key, a global sequence number and CRCs; the newest whole record of a key is its value.
    /// Records are never changed in place, so a power cut can only tear the one being written,
    /// which then fails its CRC and is skipped: the key keeps its previous value. A damaged record
    /// that was not the last one written is bit rot, not a tear: its key is reported corrupt
    /// (<see cref="IsCorrupt"/>) instead of falling back to an older value.
    /// </para>
    /// <para>
    /// Full sectors are compacted into the one spare sector (<see cref="SectorRing"/>); a cut at
    /// any point leaves every value on flash at least once, and <see cref="Mount"/> finishes an
    /// interrupted compaction (<see cref="MountRepair"/>).
    /// </para>
    /// <para>
    /// A write whose payload equals the key's current value is skipped: it is already durable, and
    /// skipping saves a program and, over time, an erase.
    /// </para>
    /// Thread-safe: every public member takes one internal lock. Write and Read do not allocate.
    /// </summary>
    public sealed class RecordStore
    {
        private readonly object _sync = new object();
        private readonly IFlash _flash;
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly int _maxPayload;
        private readonly SectorTable _sectors;
        private readonly RecordIndex _index = new RecordIndex();
        private readonly SectorRing _ring;
        private readonly MountRepair _repair;
        private readonly KeyClaims _claims = new KeyClaims();
        private readonly byte[] _scratch;
        private uint _nextSequence;
        private int _liveBytes;
        private bool _mounted;
        private bool _stale;
        private bool _readOnly;
        private MountReport _lastMount;
        private int _rescans;
        private int _writes;
        private int _writesSkipped;

        public RecordStore(IFlash flash)
        {
            if (flash == null)
            {
                throw new ArgumentNullException("flash");
            }

            int sectorSize = flash.SectorSize;
            if (sectorSize < 256 || sectorSize > 65536 || sectorSize % RecordFormat.Alignment != 0)
            {
                throw new ArgumentException("sector size must be a multiple of 4 from 256 to 65536 bytes", "flash");
            }

            if (flash.SectorCount < 2 || flash.SectorCount > int.MaxValue / sectorSize)
            {
                throw new ArgumentException("the store needs at least 2 sectors (one is kept erased)", "flash");
            }

            _flash = flash;
            _sectorSize = sectorSize;
            _sectorCount = flash.SectorCount;

            // A quarter of a sector at most, so that records that do not fit at a sector's end
            // waste little, and one compaction always frees room for the largest record. With
            // sectors of at most 64 KiB this stays below the 16-bit length field's limit.
            int quarter = (sectorSize - SectorFormat.HeaderSize) / 4 - RecordFormat.HeaderSize;
            _maxPayload = quarter & ~(RecordFormat.Alignment - 1);

            _sectors = new SectorTable(_sectorCount);
            _scratch = new byte[RecordFormat.HeaderSize + _maxPayload];
            _ring = new SectorRing(flash, _sectors, _index, _scratch);
            _repair = new MountRepair(flash, _maxPayload, _sectors, _index, _ring);
        }

        /// <summary>The largest payload one record may hold (a quarter of a sector, less headers).</summary>
        public int MaxPayloadLength
        {
            get { return _maxPayload; }
        }

        /// <summary>
        /// True when mount found a sector of an unknown (newer) format version: writes throw
        /// <see cref="StoreReadOnlyException"/> and the flash is never written or erased
        /// (<see cref="MountReport.RefusedUnknownVersion"/>).
        /// </summary>
        public bool IsReadOnly
        {
            get { lock (_sync) { return _readOnly; } }
        }

        /// <summary>
        /// Scans the flash, rebuilds the index, erases sectors that hold nothing usable and
        /// finishes a compaction a power cut interrupted; writes nothing when a sector of an
        /// unknown format version is found (the store is then read-only). Call once at start
        /// (calling again rescans). Never throws because of what the flash contains; only an
        /// exception from the flash driver itself passes through.
        /// </summary>
        public MountReport Mount()
        {
            lock (_sync)
            {
                _stale = true;
                _ring.Compactions = 0;
                _writes = 0;
                _writesSkipped = 0;
                _rescans = 0;
                _lastMount = MountCore();
                _mounted = true;
                _stale = false;
                return _lastMount;
            }
        }

        /// <summary>
        /// Stores <paramref name="count"/> bytes of <paramref name="data"/> as the value of
        /// <paramref name="key"/>. Durable when it returns: a later power cut cannot undo it. If it
        /// throws (power cut, flash failure) the key holds either its old or its new value.
        /// Writing a corrupt key replaces its damaged record.
        /// </summary>
        /// <exception cref="StoreFullException">The live data plus this record cannot fit; nothing of it was written.</exception>
        /// <exception cref="StoreReadOnlyException">The store is read-only (<see cref="IsReadOnly"/>); nothing was written.</exception>
        public void Write(ushort key, byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (count > _maxPayload)
            {
                throw new ArgumentOutOfRangeException("count", "payload is longer than MaxPayloadLength (" + _maxPayload + ")");
            }

            lock (_sync)
            {
                EnsureReady();
                if (_readOnly)
                {
                    throw new StoreReadOnlyException("record store is read-only: the flash holds a sector of a newer format version");
                }

                int slot = _index.Find(key);
                if (slot >= 0 && !_index.IsCorrupt(slot) && _index.LengthAt(slot) == count && StoredPayloadEquals(slot, data, offset, count))
                {
                    _writesSkipped++;
                    return;
                }

                int size = RecordFormat.AlignedSize(count);
                CheckCapacity(size);

                // Any exception from here on may leave RAM and flash out of step: the next call
                // rescans the flash first (as a restart would).
                _stale = true;
                _ring.MakeRoom(size);
                Append(key, data, offset, count);
                _writes++;
                _stale = false;
            }
        }

        /// <summary>
        /// Copies the value of <paramref name="key"/> into <paramref name="buffer"/> at
        /// <paramref name="offset"/> and returns its length, or -1 if the key has no value. The
        /// buffer is only written once the value has passed its CRC.
        /// </summary>
        /// <exception cref="ArgumentException">The buffer is too small for the value.</exception>
        /// <exception cref="StoreCorruptException">The value is corrupt (<see cref="IsCorrupt"/>) or no longer passes its CRC.</exception>
        public int Read(ushort key, byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            lock (_sync)
            {
                EnsureReady();
                int slot = _index.Find(key);
                if (slot < 0)
                {
                    return -1;
                }

                if (_index.IsCorrupt(slot))
                {
                    throw new StoreCorruptException("the newest record of key " + key + " is corrupt (found at mount); write the key again to replace it");
                }

                int length = _index.LengthAt(slot);
                if (buffer.Length - offset < length)
                {
                    throw new ArgumentException("buffer too small: the value of key " + key + " has " + length + " bytes", "buffer");
                }

                int address = _index.AddressAt(slot);
                _flash.Read(address, _scratch, 0, RecordFormat.HeaderSize + length);
                if (!RecordFormat.IsHeaderValid(_scratch, 0)
                    || RecordFormat.ReadKey(_scratch, 0) != key
                    || !RecordFormat.IsPayloadValid(_scratch, 0, _scratch, RecordFormat.HeaderSize, length))
                {
                    throw new StoreCorruptException("the value of key " + key + " at flash address " + address + " fails its CRC");
                }

                Array.Copy(_scratch, RecordFormat.HeaderSize, buffer, offset, length);
                return length;
            }
        }

        /// <summary>True if the key has a value, readable or corrupt.</summary>
        public bool Contains(ushort key)
        {
            lock (_sync)
            {
                EnsureReady();
                return _index.Find(key) >= 0;
            }
        }

        /// <summary>
        /// True if the newest record of the key was found damaged at mount and it was not a torn
        /// write: <see cref="Read"/> throws <see cref="StoreCorruptException"/> until the key is
        /// written again. The value is lost; its older versions are not a safe substitute.
        /// </summary>
        public bool IsCorrupt(ushort key)
        {
            lock (_sync)
            {
                EnsureReady();
                int slot = _index.Find(key);
                return slot >= 0 && _index.IsCorrupt(slot);
            }
        }

        public StoreHealth GetHealth()
        {
            lock (_sync)
            {
                EnsureReady();
                int inUse = 0;
                int erased = 0;
                int used = 0;
                uint eraseMin = uint.MaxValue;
                uint eraseMax = 0;
                for (int s = 0; s < _sectorCount; s++)
                {
                    if (_sectors.State[s] == SectorTable.InUse)
                    {
                        inUse++;
                        used += _sectors.WriteOffset[s] - SectorFormat.HeaderSize;
                    }
                    else if (_sectors.State[s] == SectorTable.Erased)
                    {
                        erased++;
                    }

                    uint count = _sectors.EraseCount[s];
                    eraseMin = count < eraseMin ? count : eraseMin;
                    eraseMax = count > eraseMax ? count : eraseMax;
                }

                int active = _sectors.Active;
                int free = (erased > 1 ? erased - 1 : 0) * (_sectorSize - SectorFormat.HeaderSize);
                if (active >= 0)
                {
                    free += _sectorSize - _sectors.WriteOffset[active];
                }

                return new StoreHealth(
                    _sectorCount, _sectorSize, inUse, erased, used, _liveBytes, free, eraseMin, eraseMax,
                    _index.Count, _index.CorruptCount(), _ring.Compactions, _writes, _writesSkipped, _rescans, _readOnly, _lastMount);
            }
        }

        /// <summary>
        /// Registers an owner that keeps a key range's value in RAM (a counter, an event log), so
        /// that a second owner of the same keys is refused rather than writing from a stale copy.
        /// </summary>
        /// <exception cref="InvalidOperationException">Some key of the range already has an owner in this store.</exception>
        internal void Claim(ushort firstKey, int count, string owner)
        {
            lock (_sync)
            {
                _claims.Claim(firstKey, count, owner);
            }
        }

        private void EnsureReady()
        {
            if (!_mounted)
            {
                throw new InvalidOperationException("mount the record store before using it");
            }

            if (_stale)
            {
                // The boot's mount report stays in LastMount; rescans after a failed write are counted.
                MountCore();
                _rescans++;
                _stale = false;
            }
        }

        private MountReport MountCore()
        {
            MountReport report = _repair.Run();
            _nextSequence = _repair.NextSequence;
            _liveBytes = _repair.LiveBytes;
            _readOnly = report.RefusedUnknownVersion;
            return report;
        }

        // Refuses, before touching the flash, a record that could not fit even after every sector
        // is compacted. With one spare, S-1 sectors hold the live data; if the live data plus the
        // record fit in S-1 sectors each short of one record, some sector compacts to leave room.
        private void CheckCapacity(int size)
        {
            long limit = (long)(_sectorCount - 1) * (_sectorSize - SectorFormat.HeaderSize - size);
            if (_liveBytes + (long)size > limit)
            {
                throw new StoreFullException(
                    "record store full: " + _liveBytes + " live bytes plus a " + size + "-byte record exceed " + limit);
            }
        }

        private void Append(ushort key, byte[] data, int offset, int count)
        {
            int active = _sectors.Active;
            int address = active * _sectorSize + _sectors.WriteOffset[active];
            uint sequence = _nextSequence;
            Array.Copy(data, offset, _scratch, RecordFormat.HeaderSize, count);
            RecordFormat.WriteHeader(_scratch, 0, key, count, sequence);
            _flash.Program(address, _scratch, 0, RecordFormat.HeaderSize + count);

            int size = RecordFormat.AlignedSize(count);
            _nextSequence++;
            _sectors.WriteOffset[active] += size;
            _sectors.LiveBytes[active] += size;
            _liveBytes += size;
            int slot = _index.Find(key);
            if (slot < 0)
            {
                _index.Insert(~slot, key, address, sequence, count);
                return;
            }

            int oldSize = RecordFormat.AlignedSize(_index.LengthAt(slot));
            _sectors.LiveBytes[_index.AddressAt(slot) / _sectorSize] -= oldSize;
            _liveBytes -= oldSize;
            _index.Update(slot, address, sequence, count);
        }

        private bool StoredPayloadEquals(int slot, byte[] data, int offset, int count)
        {
            _flash.Read(_index.AddressAt(slot) + RecordFormat.HeaderSize, _scratch, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (_scratch[i] != data[offset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
