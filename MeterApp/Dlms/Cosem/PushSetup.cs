using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Storage;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Push setup, interface class 40 version 0 (IEC 62056-6-2 / Blue Book 4.4.8): what to push
    /// (2 push_object_list), where and how (3 send_destination_and_method), when
    /// (4 communication_window, 5 randomisation_start_interval, 6 number_of_retries,
    /// 7 repetition_delay). Every attribute is settable with type and size checks and persisted
    /// in the record store before it takes effect, so a restart keeps what the head-end set; each
    /// value is replaced as a whole, so the push task reading the properties never sees half of a
    /// write. Method 1 push asks the <see cref="IPushTrigger"/>; the object does no networking.
    /// </summary>
    public sealed class PushSetup : CosemObject
    {
        /// <summary>Class id of Push setup.</summary>
        public const ushort Class = 40;

        /// <summary>Most entries of push_object_list accepted.</summary>
        public const int MaxObjects = 16;

        /// <summary>Longest destination accepted (e.g. "host:port" or a phone number).</summary>
        public const int MaxDestinationLength = 64;

        /// <summary>Most communication windows accepted.</summary>
        public const int MaxWindows = 4;

        /// <summary>transport_service TCP (0).</summary>
        public const byte TransportTcp = 0;

        /// <summary>message A-XDR encoded xDLMS APDU (0).</summary>
        public const byte MessageAxdrApdu = 0;

        private const int AttributeValues = 6;

        private readonly object _sync = new object();
        private readonly IPushTrigger _trigger;
        private readonly RecordStore _store;
        private readonly ushort _recordKey;
        private DlmsData[] _values;

        /// <summary>
        /// A push setup (e.g. 0.0.25.9.0.255) pushing through <paramref name="trigger"/>, its settings
        /// in <paramref name="store"/> under <paramref name="recordKey"/> (one of
        /// <see cref="RecordKeys.DlmsPushSetupFirst"/>..<see cref="RecordKeys.DlmsPushSetupLast"/>);
        /// without a valid record it starts with empty lists, TCP, A-XDR, no destination and zeros.
        /// </summary>
        public PushSetup(byte[] logicalName, IPushTrigger trigger, RecordStore store, ushort recordKey)
            : base(Class, 0, logicalName, 7, 1)
        {
            if (trigger == null || store == null)
            {
                throw new ArgumentNullException(trigger == null ? "trigger" : "store");
            }

            if (recordKey < RecordKeys.DlmsPushSetupFirst || recordKey > RecordKeys.DlmsPushSetupLast)
            {
                throw new ArgumentOutOfRangeException("recordKey");
            }

            _trigger = trigger;
            _store = store;
            _recordKey = recordKey;
            _values = Load();
        }

        /// <summary>push_object_list: array of structure {class_id long-unsigned, logical_name octet-string(6), attribute_index integer, data_index long-unsigned}.</summary>
        public DlmsData ObjectList
        {
            get { return _values[0]; }
        }

        /// <summary>send_destination_and_method: structure {transport_service enum, destination octet-string, message enum}.</summary>
        public DlmsData SendDestinationAndMethod
        {
            get { return _values[1]; }
        }

        /// <summary>communication_window: array of structure {start_time, end_time} (octet-string date-times).</summary>
        public DlmsData CommunicationWindow
        {
            get { return _values[2]; }
        }

        /// <summary>randomisation_start_interval in seconds.</summary>
        public int RandomisationStartInterval
        {
            get { return (int)_values[3].AsInt64(); }
        }

        /// <summary>number_of_retries.</summary>
        public int NumberOfRetries
        {
            get { return (int)_values[4].AsInt64(); }
        }

        /// <summary>repetition_delay in seconds.</summary>
        public int RepetitionDelay
        {
            get { return (int)_values[5].AsInt64(); }
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            value = _values[attribute - 2];
            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            if (!IsValid(attribute - 2, value))
            {
                return DataAccessResult.TypeUnmatched;
            }

            lock (_sync)
            {
                DlmsData[] next = new DlmsData[AttributeValues];
                Array.Copy(_values, next, AttributeValues);
                next[attribute - 2] = value;
                try
                {
                    Save(next);
                }
                catch (Exception)
                {
                    // The store could not keep it (full, read-only, flash failure): nothing changes.
                    return DataAccessResult.HardwareFault;
                }

                _values = next;
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override ActionResult InvokeMethod(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            if (!CosemValues.IsZeroInteger(parameters))
            {
                return ActionResult.TypeUnmatched;
            }

            return _trigger.RequestPush(this) ? ActionResult.Success : ActionResult.TemporaryFailure;
        }

        private static DlmsData[] Defaults()
        {
            return new DlmsData[]
            {
                DlmsData.Array(),
                DlmsData.Structure(DlmsData.Enum(TransportTcp), DlmsData.OctetString(new byte[0]), DlmsData.Enum(MessageAxdrApdu)),
                DlmsData.Array(),
                DlmsData.LongUnsigned(0),
                DlmsData.Unsigned(0),
                DlmsData.LongUnsigned(0),
            };
        }

        // The record is the A-XDR structure of attributes 2..7; anything else means the defaults.
        private DlmsData[] Load()
        {
            try
            {
                byte[] buffer = new byte[_store.MaxPayloadLength];
                int length = _store.Read(_recordKey, buffer, 0);
                DlmsData record;
                int consumed;
                if (length <= 0 || new AxdrDecoder().Decode(buffer, 0, length, out record, out consumed) != AxdrResult.Ok
                    || consumed != length || !CosemValues.IsStructure(record, AttributeValues))
                {
                    return Defaults();
                }

                DlmsData[] values = new DlmsData[AttributeValues];
                for (int i = 0; i < AttributeValues; i++)
                {
                    if (!IsValid(i, record[i]))
                    {
                        return Defaults();
                    }

                    values[i] = record[i];
                }

                return values;
            }
            catch (StoreCorruptException)
            {
                return Defaults();
            }
            catch (ArgumentException)
            {
                return Defaults();
            }
        }

        private void Save(DlmsData[] values)
        {
            DlmsData record = DlmsData.Structure(values);
            byte[] buffer = new byte[AxdrEncoder.Size(record)];
            AxdrEncoder.Encode(record, buffer, 0, buffer.Length);
            _store.Write(_recordKey, buffer, 0, buffer.Length);
        }

        // index 0..5 is attribute 2..7.
        private static bool IsValid(int index, DlmsData value)
        {
            switch (index)
            {
                case 0: return IsObjectList(value);
                case 1: return IsDestination(value);
                case 2: return IsWindow(value);
                case 4: return CosemValues.Is(value, DlmsDataType.Unsigned);
                default: return CosemValues.Is(value, DlmsDataType.LongUnsigned);
            }
        }

        // capture_object_definition (Blue Book 4.4.8, as in profile generic capture_objects).
        private static bool IsObjectList(DlmsData value)
        {
            if (!CosemValues.Is(value, DlmsDataType.Array) || value.Count > MaxObjects)
            {
                return false;
            }

            for (int i = 0; i < value.Count; i++)
            {
                DlmsData item = value[i];
                if (!CosemValues.IsStructure(item, 4) || !CosemValues.Is(item[0], DlmsDataType.LongUnsigned)
                    || !CosemValues.IsOctetString(item[1], CosemObject.LogicalNameLength)
                    || !CosemValues.Is(item[2], DlmsDataType.Integer) || !CosemValues.Is(item[3], DlmsDataType.LongUnsigned))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDestination(DlmsData value)
        {
            return CosemValues.IsStructure(value, 3) && CosemValues.Is(value[0], DlmsDataType.Enum)
                && CosemValues.Is(value[1], DlmsDataType.OctetString) && value[1].ByteLength <= MaxDestinationLength
                && CosemValues.Is(value[2], DlmsDataType.Enum);
        }

        // window_element: structure {start_time, end_time}, octet-string date-times (wildcards allowed).
        private static bool IsWindow(DlmsData value)
        {
            if (!CosemValues.Is(value, DlmsDataType.Array) || value.Count > MaxWindows)
            {
                return false;
            }

            for (int i = 0; i < value.Count; i++)
            {
                DlmsData item = value[i];
                if (!CosemValues.IsStructure(item, 2) || !CosemValues.IsOctetString(item[0], CosemDateTime.Size) || !CosemValues.IsOctetString(item[1], CosemDateTime.Size))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
