using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Push setup, interface class 40 version 0 (IEC 62056-6-2 / Blue Book 4.4.8): what to push
    /// (2 push_object_list), where and how (3 send_destination_and_method), when
    /// (4 communication_window, 5 randomisation_start_interval, 6 number_of_retries,
    /// 7 repetition_delay). Every attribute is settable with type and size checks; each value is
    /// replaced as a whole, so the push task reading the properties never sees half of a write.
    /// Method 1 push asks the <see cref="IPushTrigger"/>. The settings live in RAM: a restart
    /// returns to those given at construction.
    /// </summary>
    public sealed class PushSetup : CosemObject
    {
        /// <summary>Class id of Push setup.</summary>
        public const ushort Class = 40;

        /// <summary>Most entries of push_object_list accepted.</summary>
        public const int MaxObjects = 32;

        /// <summary>Longest destination accepted (e.g. "host:port" or a phone number).</summary>
        public const int MaxDestinationLength = 128;

        /// <summary>Most communication windows accepted.</summary>
        public const int MaxWindows = 8;

        /// <summary>transport_service TCP (0).</summary>
        public const byte TransportTcp = 0;

        /// <summary>message A-XDR encoded xDLMS APDU (0).</summary>
        public const byte MessageAxdrApdu = 0;

        private readonly IPushTrigger _trigger;
        private DlmsData _objectList = DlmsData.Array();
        private DlmsData _destination = DlmsData.Structure(DlmsData.Enum(TransportTcp), DlmsData.OctetString(new byte[0]), DlmsData.Enum(MessageAxdrApdu));
        private DlmsData _window = DlmsData.Array();
        private DlmsData _randomisation = DlmsData.LongUnsigned(0);
        private DlmsData _retries = DlmsData.Unsigned(0);
        private DlmsData _repetitionDelay = DlmsData.LongUnsigned(0);

        /// <summary>A push setup (e.g. 0.0.25.9.0.255) with empty lists and no destination, pushing through <paramref name="trigger"/>.</summary>
        public PushSetup(byte[] logicalName, IPushTrigger trigger)
            : base(Class, 0, logicalName, 7, 1)
        {
            if (trigger == null)
            {
                throw new System.ArgumentNullException("trigger");
            }

            _trigger = trigger;
        }

        /// <summary>push_object_list: array of structure {class_id long-unsigned, logical_name octet-string(6), attribute_index integer, data_index long-unsigned}.</summary>
        public DlmsData ObjectList
        {
            get { return _objectList; }
        }

        /// <summary>send_destination_and_method: structure {transport_service enum, destination octet-string, message enum}.</summary>
        public DlmsData SendDestinationAndMethod
        {
            get { return _destination; }
        }

        /// <summary>communication_window: array of structure {start_time, end_time} (octet-string date-times).</summary>
        public DlmsData CommunicationWindow
        {
            get { return _window; }
        }

        /// <summary>randomisation_start_interval in seconds.</summary>
        public int RandomisationStartInterval
        {
            get { return (int)_randomisation.AsInt64(); }
        }

        /// <summary>number_of_retries.</summary>
        public int NumberOfRetries
        {
            get { return (int)_retries.AsInt64(); }
        }

        /// <summary>repetition_delay in seconds.</summary>
        public int RepetitionDelay
        {
            get { return (int)_repetitionDelay.AsInt64(); }
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            switch (attribute)
            {
                case 2: value = _objectList; break;
                case 3: value = _destination; break;
                case 4: value = _window; break;
                case 5: value = _randomisation; break;
                case 6: value = _retries; break;
                default: value = _repetitionDelay; break;
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            switch (attribute)
            {
                case 2:
                    if (!IsObjectList(value))
                    {
                        return DataAccessResult.TypeUnmatched;
                    }

                    _objectList = value;
                    break;
                case 3:
                    if (!IsDestination(value))
                    {
                        return DataAccessResult.TypeUnmatched;
                    }

                    _destination = value;
                    break;
                case 4:
                    if (!IsWindow(value))
                    {
                        return DataAccessResult.TypeUnmatched;
                    }

                    _window = value;
                    break;
                case 5:
                    return SetIf(value, DlmsDataType.LongUnsigned, ref _randomisation);
                case 6:
                    return SetIf(value, DlmsDataType.Unsigned, ref _retries);
                default:
                    return SetIf(value, DlmsDataType.LongUnsigned, ref _repetitionDelay);
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

        private static DataAccessResult SetIf(DlmsData value, DlmsDataType type, ref DlmsData field)
        {
            if (!CosemValues.Is(value, type))
            {
                return DataAccessResult.TypeUnmatched;
            }

            field = value;
            return DataAccessResult.Success;
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

        private static bool IsWindow(DlmsData value)
        {
            if (!CosemValues.Is(value, DlmsDataType.Array) || value.Count > MaxWindows)
            {
                return false;
            }

            for (int i = 0; i < value.Count; i++)
            {
                DlmsData item = value[i];
                if (!CosemValues.IsStructure(item, 2) || CosemClockTime.FromData(item[0]) == null || CosemClockTime.FromData(item[1]) == null)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
