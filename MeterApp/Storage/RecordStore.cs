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
    /// which then fails its CRC and is skipped: the key keeps its previous value.
    /// </para>
    /// <para>
    /// Compaction, in the style of Zephyr NVS: one erased sector is always kept spare. When the
    /// active sector is full the spare is opened, the records of the oldest sector that are still
    /// the newest of their key are copied into it (keeping their sequence numbers), and only then
    /// is the oldest sector erased; it becomes the new spare. A cut at any point leaves every
    /// value on flash at least once, and <see cref="Mount"/> finishes an interrupted compaction.
    /// Sectors are opened in ring order, so erases spread evenly.
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
        private readonly byte[] _scratch;
        private readonly byte[] _header = new byte[RecordFormat.HeaderSize];
        private uint _nextSequence;
        private uint _nextSectorSequence;
        private int _liveBytes;
        private bool _mounted;
        private bool _stale;
        private MountReport _lastMount;
        private int _compactions;
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
            // waste little, and one compaction always frees room for the largest record.
            int quarter = (sectorSize - SectorFormat.HeaderSize) / 4 - RecordFormat.HeaderSize;
            _maxPayload = quarter & ~(RecordFormat.Alignment - 1);
            if (_maxPayload > 0xFFFF)
            {
                _maxPayload = 0xFFFC;
            }

            _sectors = new SectorTable(_sectorCount);
            _scratch = new byte[RecordFormat.HeaderSize + _maxPayload];
        }

        /// <summary>The largest payload one record may hold (a quarter of a sector, less headers).</summary>
        public int MaxPayloadLength
        {
            get { return _maxPayload; }
        }

        /// <summary>
        /// Scans the flash, rebuilds the index, erases sectors with garbage or unknown headers and
        /// finishes a compaction a power cut interrupted. Call once at start (calling again
        /// rescans). Never throws because of what the flash contains; only an exception from the
        /// flash driver itself passes through.
        /// </summary>
        public MountReport Mount()
        {
            lock (_sync)
            {
                _stale = true;
                _compactions = 0;
                _writes = 0;
                _writesSkipped = 0;
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
        /// </summary>
        /// <exception cref="StoreFullException">The live data plus this record cannot fit; nothing was written.</exception>
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
                int slot = _index.Find(key);
                if (slot >= 0 && _index.LengthAt(slot) == count && StoredPayloadEquals(slot, data, offset, count))
                {
                    _writesSkipped++;
                    return;
                }

                int size = RecordFormat.AlignedSize(count);
                CheckCapacity(size);

                // Any exception from here on may leave RAM and flash out of step: the next call
                // rescans the flash first (as a restart would).
                _stale = true;
                MakeRoom(size);
                Append(key, data, offset, count);
                _writes++;
                _stale = false;
            }
        }

        /// <summary>
        /// Copies the value of <paramref name="key"/> into <paramref name="buffer"/> at
        /// <paramref name="offset"/> and returns its length, or -1 if the key has no value.
        /// </summary>
        /// <exception cref="ArgumentException">The buffer is too small for the value.</exception>
        /// <exception cref="StoreCorruptException">The value no longer passes its CRC.</exception>
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

                int length = _index.LengthAt(slot);
                if (buffer.Length - offset < length)
                {
                    throw new ArgumentException("buffer too small: the value of key " + key + " has " + length + " bytes", "buffer");
                }

                int address = _index.AddressAt(slot);
                _flash.Read(address, _header, 0, RecordFormat.HeaderSize);
                _flash.Read(address + RecordFormat.HeaderSize, buffer, offset, length);
                if (!RecordFormat.IsHeaderValid(_header, 0)
                    || RecordFormat.ReadKey(_header, 0) != key
                    || !RecordFormat.IsPayloadValid(_header, 0, buffer, offset, length))
                {
                    throw new StoreCorruptException("the value of key " + key + " at flash address " + address + " fails its CRC");
                }

                return length;
            }
        }

        public bool Contains(ushort key)
        {
            lock (_sync)
            {
                EnsureReady();
                return _index.Find(key) >= 0;
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
                    _index.Count, _compactions, _writes, _writesSkipped, _lastMount);
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
                _lastMount = MountCore();
                _stale = false;
            }
        }

        private MountReport MountCore()
        {
            SectorScanner scanner = new SectorScanner(_flash, _maxPayload);
            scanner.ScanAll(_sectors, _index);
            int recordsFound = scanner.RecordsFound;
            int badAreas = scanner.BadAreas;
            int unknownVersion = scanner.UnknownVersionSectors;
            bool wasBlank = _sectors.CountIn(SectorTable.Erased) == _sectorCount;
            bool hadNoValidSector = _sectors.CountIn(SectorTable.InUse) == 0;
            int erasedAtMount = 0;
            bool resumed = false;
            bool rolledBack = false;
            bool noSpare = false;

            // At most one rescan follows a roll-back, so this runs at most twice.
            for (int pass = 0; pass < 2; pass++)
            {
                for (int s = 0; s < _sectorCount; s++)
                {
                    if (_sectors.State[s] == SectorTable.Garbage)
                    {
                        EraseSector(s);
                        erasedAtMount++;
                    }
                }

                _liveBytes = 0;
                for (int s = 0; s < _sectorCount; s++)
                {
                    _liveBytes += _sectors.LiveBytes[s];
                }

                _nextSequence = scanner.MaxSequence + 1;
                _nextSectorSequence = scanner.MaxSectorSequence + 1;
                if (_sectors.CountIn(SectorTable.Erased) > 0)
                {
                    break;
                }

                // No spare: a power cut hit a compaction after the spare was opened and before
                // the oldest sector was erased. Finish it, or undo it if the copy has no room left.
                int target = _sectors.Active;
                int victim = _sectors.Oldest(target);
                if (LiveBytesIn(victim) <= _sectorSize - _sectors.WriteOffset[target])
                {
                    CompactInto(target, victim);
                    resumed = true;
                    break;
                }

                if (pass == 0 && HoldsOnlyCopiesOf(scanner, target, victim))
                {
                    EraseSector(target);
                    rolledBack = true;
                    scanner.ScanAll(_sectors, _index);
                    continue;
                }

                noSpare = true;
                break;
            }

            return new MountReport(
                recordsFound, _index.Count, badAreas, erasedAtMount, unknownVersion, resumed, rolledBack, noSpare,
                wasBlank, hadNoValidSector && !wasBlank);
        }

        // True when every record in the target sector also sits, same key and sequence, in the
        // victim: the target is then a partial compaction copy and can be erased without loss.
        private static bool HoldsOnlyCopiesOf(SectorScanner scanner, int target, int victim)
        {
            int victimCount;
            long[] victimIds = scanner.RecordIds(victim, out victimCount);
            int targetCount;
            long[] targetIds = scanner.RecordIds(target, out targetCount);
            for (int t = 0; t < targetCount; t++)
            {
                bool found = false;
                for (int v = 0; v < victimCount && !found; v++)
                {
                    found = victimIds[v] == targetIds[t];
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
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

        private void MakeRoom(int size)
        {
            if (_sectors.Active >= 0 && _sectorSize - _sectors.WriteOffset[_sectors.Active] >= size)
            {
                return;
            }

            // Each round opens the spare and compacts the oldest sector into it. Within one turn
            // of the ring the sector with the least live data comes round (CheckCapacity).
            for (int round = 0; round < _sectorCount; round++)
            {
                OpenNextSector();
                if (_sectors.CountIn(SectorTable.Erased) == 0)
                {
                    CompactInto(_sectors.Active, _sectors.Oldest(_sectors.Active));
                }

                if (_sectorSize - _sectors.WriteOffset[_sectors.Active] >= size)
                {
                    return;
                }
            }

            throw new StoreFullException("record store full: no sector compacts to " + size + " free bytes");
        }

        private void OpenNextSector()
        {
            int sector = _sectors.NextErasedAfter(_sectors.Active);
            if (sector < 0)
            {
                throw new StoreFullException("record store has no erased sector left (see MountReport.NoSpareSector)");
            }

            uint sequence = _nextSectorSequence;
            SectorFormat.Write(_scratch, 0, sequence, _sectors.EraseCount[sector]);
            _flash.Program(sector * _sectorSize, _scratch, 0, SectorFormat.HeaderSize);
            _nextSectorSequence++;
            _sectors.SetInUse(sector, sequence, _sectors.EraseCount[sector], SectorFormat.HeaderSize);
            _sectors.Active = sector;
        }

        // Copies the records of the victim that are still the newest of their key to the end of
        // the target, byte for byte (same sequence numbers), then erases the victim.
        private void CompactInto(int target, int victim)
        {
            for (int slot = 0; slot < _index.Count; slot++)
            {
                int address = _index.AddressAt(slot);
                if (address / _sectorSize != victim)
                {
                    continue;
                }

                int length = _index.LengthAt(slot);
                int size = RecordFormat.AlignedSize(length);
                int destination = target * _sectorSize + _sectors.WriteOffset[target];
                if (size > _sectorSize - _sectors.WriteOffset[target])
                {
                    throw new InvalidOperationException("compaction overflow: sector " + target + " cannot take the live records of sector " + victim);
                }

                _flash.Read(address, _scratch, 0, RecordFormat.HeaderSize + length);
                _flash.Program(destination, _scratch, 0, RecordFormat.HeaderSize + length);
                _sectors.WriteOffset[target] += size;
                _sectors.LiveBytes[victim] -= size;
                _sectors.LiveBytes[target] += size;
                _index.Move(slot, destination);
            }

            EraseSector(victim);
            _compactions++;
        }

        private void EraseSector(int sector)
        {
            _flash.EraseSector(sector);
            _sectors.SetErased(sector);
            _sectors.EraseCount[sector]++;
        }

        private int LiveBytesIn(int sector)
        {
            int total = 0;
            for (int slot = 0; slot < _index.Count; slot++)
            {
                if (_index.AddressAt(slot) / _sectorSize == sector)
                {
                    total += RecordFormat.AlignedSize(_index.LengthAt(slot));
                }
            }

            return total;
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
