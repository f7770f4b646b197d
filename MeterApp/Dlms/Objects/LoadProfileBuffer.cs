using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Profiles;
using Meter.Storage;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The buffer of the load profile 1.0.99.1.0.255 over its persistent ring
    /// (<see cref="LoadProfileRing"/>). Row columns, in <see cref="ProfileObjects.LoadProfileColumns"/> order:
    /// clock (octet-string(12), UTC), AMR profile status (unsigned), +A, −A (long64-unsigned,
    /// Wh), +R, −R (long64-unsigned, varh). The capture method captures now
    /// (<see cref="LoadProfileCapture.CaptureNow"/>).
    /// </summary>
    public sealed class LoadProfileBuffer : IProfileBuffer
    {
        private readonly LoadProfileCapture _capture;
        private readonly LoadProfileRing _ring;

        public LoadProfileBuffer(LoadProfileCapture capture)
        {
            if (capture == null)
            {
                throw new ArgumentNullException("capture");
            }

            _capture = capture;
            _ring = capture.Ring;
        }

        /// <inheritdoc />
        public int EntriesInUse
        {
            get { return _ring.Count; }
        }

        /// <inheritdoc />
        public int Capacity
        {
            get { return _ring.Capacity; }
        }

        /// <summary>True: captures are stamped later than the newest one (<see cref="LoadProfileCapture"/>).</summary>
        public bool IsChronological
        {
            get { return true; }
        }

        /// <inheritdoc />
        public bool CanCaptureOnRequest
        {
            get { return true; }
        }

        /// <inheritdoc />
        public int Read(int first, int count, DlmsData[][] rows)
        {
            LoadProfileEntry[] entries = new LoadProfileEntry[count];
            int read = _ring.Read(first, count, entries);
            for (int i = 0; i < read; i++)
            {
                rows[i] = Row(entries[i]);
            }

            return read;
        }

        /// <summary>Captures now; false when not later than the newest entry, or the store refused it.</summary>
        public bool Capture()
        {
            try
            {
                return _capture.CaptureNow() != null;
            }
            catch (StoreFullException)
            {
                return false;
            }
            catch (StoreReadOnlyException)
            {
                return false;
            }
        }

        /// <inheritdoc />
        public bool Clear()
        {
            try
            {
                _ring.Clear();
                return true;
            }
            catch (StoreFullException)
            {
                return false;
            }
            catch (StoreReadOnlyException)
            {
                return false;
            }
        }

        private static DlmsData[] Row(LoadProfileEntry entry)
        {
            return new DlmsData[]
            {
                ProfileDateTime.ToOctetString(entry.Timestamp),
                DlmsData.Unsigned(entry.Status),
                Energy(entry.ActiveImport),
                Energy(entry.ActiveExport),
                Energy(entry.ReactiveImport),
                Energy(entry.ReactiveExport),
            };
        }

        private static DlmsData Energy(long units)
        {
            return DlmsData.Long64Unsigned(units < 0 ? 0UL : (ulong)units);
        }
    }
}
