using Meter.Dlms.Axdr;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Turns the attributes of a push setup (class 40 version 0, Blue Book 4.4.8) into a
    /// <see cref="PushJob"/>: 2 push_object_list, array of structure {class_id long-unsigned,
    /// logical_name octet-string(6), attribute_index integer, data_index long-unsigned};
    /// 3 send_destination_and_method, structure {transport_service enum, destination
    /// octet-string, message enum}; 5 randomisation_start_interval, 6 number_of_retries,
    /// 7 repetition_delay (seconds). Only what
    /// this client sends is accepted: TCP (0) carrying A-XDR encoded xDLMS APDUs (0), to a
    /// printable-ASCII destination. Anything else is refused, never thrown.
    /// </summary>
    public static class PushSetupAttributes
    {
        /// <summary>transport_service TCP.</summary>
        public const byte TransportTcp = 0;

        /// <summary>message: A-XDR encoded xDLMS APDU.</summary>
        public const byte MessageAxdrApdu = 0;

        /// <summary>Longest destination accepted.</summary>
        public const int MaxDestinationLength = 64;

        /// <summary>Most push_object_list entries accepted.</summary>
        public const int MaxObjects = 32;

        /// <summary>
        /// The job for these attribute values, or false (job null) when one of them is not what
        /// this client can send.
        /// </summary>
        public static bool TryCreateJob(DlmsData pushObjectList, DlmsData sendDestinationAndMethod, int randomisationStartIntervalSeconds, int numberOfRetries, int repetitionDelaySeconds, PushProtection protection, bool highPriority, out PushJob job)
        {
            job = null;
            PushObject[] objects;
            string destination;
            if (!TryReadObjects(pushObjectList, out objects) || !TryReadDestination(sendDestinationAndMethod, out destination))
            {
                return false;
            }

            if (numberOfRetries < 0 || numberOfRetries > PushJob.MaxRetries
                || repetitionDelaySeconds < 0 || repetitionDelaySeconds > PushJob.MaxRepetitionDelaySeconds
                || randomisationStartIntervalSeconds < 0 || randomisationStartIntervalSeconds > PushJob.MaxRepetitionDelaySeconds)
            {
                return false;
            }

            job = new PushJob(objects, destination, randomisationStartIntervalSeconds, numberOfRetries, repetitionDelaySeconds, protection, highPriority);
            return true;
        }

        /// <summary>Reads push_object_list; false when it is not an array of capture object definitions.</summary>
        public static bool TryReadObjects(DlmsData list, out PushObject[] objects)
        {
            objects = null;
            if (list == null || list.Type != DlmsDataType.Array || list.Count > MaxObjects)
            {
                return false;
            }

            PushObject[] read = new PushObject[list.Count];
            for (int i = 0; i < read.Length; i++)
            {
                DlmsData entry = list[i];
                if (entry.Type != DlmsDataType.Structure || entry.Count != 4
                    || entry[0].Type != DlmsDataType.LongUnsigned
                    || entry[1].Type != DlmsDataType.OctetString || entry[1].ByteLength != PushObject.LogicalNameLength
                    || entry[2].Type != DlmsDataType.Integer
                    || entry[3].Type != DlmsDataType.LongUnsigned)
                {
                    return false;
                }

                int attribute = (int)entry[2].AsInt64();
                if (attribute == 0)
                {
                    return false;
                }

                read[i] = new PushObject((ushort)entry[0].AsUInt64(), entry[1].GetBytes(), 0, attribute, (ushort)entry[3].AsUInt64());
            }

            objects = read;
            return true;
        }

        /// <summary>Reads the destination of send_destination_and_method; false unless TCP, A-XDR and printable ASCII.</summary>
        public static bool TryReadDestination(DlmsData method, out string destination)
        {
            destination = null;
            if (method == null || method.Type != DlmsDataType.Structure || method.Count != 3
                || method[0].Type != DlmsDataType.Enum || method[0].AsUInt64() != TransportTcp
                || method[1].Type != DlmsDataType.OctetString
                || method[2].Type != DlmsDataType.Enum || method[2].AsUInt64() != MessageAxdrApdu)
            {
                return false;
            }

            DlmsData text = method[1];
            int length = text.ByteLength;
            if (length < 1 || length > MaxDestinationLength)
            {
                return false;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                byte b = text.ByteAt(i);
                if (b <= 0x20 || b > 0x7E)
                {
                    return false;
                }

                chars[i] = (char)b;
            }

            destination = new string(chars);
            return true;
        }
    }
}
