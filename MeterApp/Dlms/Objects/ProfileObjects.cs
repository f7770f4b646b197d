using Meter.Dlms.Cosem;
using Meter.Events;
using Meter.Profiles;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The meter's profile generic instances (IDIS logical names): the load profile
    /// 1.0.99.1.0.255 and the two event logs, standard 0.0.99.98.0.255 and fraud detection
    /// 0.0.99.98.1.255, with their capture objects, and the Data objects those capture objects
    /// name besides the clock and the energy registers (AMR profile status, event codes).
    /// </summary>
    public static class ProfileObjects
    {
        private const ushort DataClass = 1;
        private const ushort RegisterClass = 3;
        private const ushort ClockClass = 8;
        private const sbyte ValueAttribute = 2;

        /// <summary>Load profile 1 (1.0.99.1.0.255).</summary>
        public static byte[] LoadProfileName
        {
            get { return new byte[] { 1, 0, 99, 1, 0, 255 }; }
        }

        /// <summary>Standard event log (0.0.99.98.0.255).</summary>
        public static byte[] StandardEventLogName
        {
            get { return new byte[] { 0, 0, 99, 98, 0, 255 }; }
        }

        /// <summary>Fraud detection log (0.0.99.98.1.255).</summary>
        public static byte[] FraudDetectionLogName
        {
            get { return new byte[] { 0, 0, 99, 98, 1, 255 }; }
        }

        /// <summary>AMR profile status (0.0.96.10.1.255), captured by the load profile.</summary>
        public static byte[] AmrProfileStatusName
        {
            get { return new byte[] { 0, 0, 96, 10, 1, 255 }; }
        }

        /// <summary>Event code of the standard event log (0.0.96.11.0.255), captured by that log.</summary>
        public static byte[] StandardEventCodeName
        {
            get { return new byte[] { 0, 0, 96, 11, 0, 255 }; }
        }

        /// <summary>Event code of the fraud detection log (0.0.96.11.1.255), captured by that log.</summary>
        public static byte[] FraudEventCodeName
        {
            get { return new byte[] { 0, 0, 96, 11, 1, 255 }; }
        }

        /// <summary>
        /// Load profile columns: clock 0.0.1.0.0.255:2, AMR profile status 0.0.96.10.1.255:2,
        /// +A 1.0.1.8.0.255:2, −A 1.0.2.8.0.255:2, +R 1.0.3.8.0.255:2, −R 1.0.4.8.0.255:2.
        /// </summary>
        public static CaptureObjectDefinition[] LoadProfileColumns()
        {
            return new CaptureObjectDefinition[]
            {
                Clock(),
                Column(DataClass, AmrProfileStatusName),
                Column(RegisterClass, 1, 0, 1, 8, 0),
                Column(RegisterClass, 1, 0, 2, 8, 0),
                Column(RegisterClass, 1, 0, 3, 8, 0),
                Column(RegisterClass, 1, 0, 4, 8, 0),
            };
        }

        /// <summary>Standard event log columns: clock 0.0.1.0.0.255:2, event code 0.0.96.11.0.255:2.</summary>
        public static CaptureObjectDefinition[] StandardEventLogColumns()
        {
            return new CaptureObjectDefinition[] { Clock(), Column(DataClass, StandardEventCodeName) };
        }

        /// <summary>Fraud detection log columns: clock 0.0.1.0.0.255:2, event code 0.0.96.11.1.255:2.</summary>
        public static CaptureObjectDefinition[] FraudDetectionLogColumns()
        {
            return new CaptureObjectDefinition[] { Clock(), Column(DataClass, FraudEventCodeName) };
        }

        /// <summary>The load profile over <paramref name="capture"/>'s ring, capture_period its period.</summary>
        public static ProfileGeneric LoadProfile(LoadProfileCapture capture)
        {
            return new ProfileGeneric(LoadProfileName, LoadProfileColumns(), (uint)capture.PeriodSeconds, new LoadProfileBuffer(capture));
        }

        /// <summary>The standard event log profile over <paramref name="log"/> (capture_period 0: captured on events).</summary>
        public static ProfileGeneric StandardEventLog(EventLog log)
        {
            return new ProfileGeneric(StandardEventLogName, StandardEventLogColumns(), 0, new EventLogBuffer(log));
        }

        /// <summary>The fraud detection log profile over <paramref name="log"/> (the fraud log's own EventLog, see <see cref="EventLogRouter"/>).</summary>
        public static ProfileGeneric FraudDetectionLog(EventLog log)
        {
            return new ProfileGeneric(FraudDetectionLogName, FraudDetectionLogColumns(), 0, new EventLogBuffer(log));
        }

        /// <summary>AMR profile status (Data, 0.0.96.10.1.255): the status of <paramref name="capture"/>'s newest entry.</summary>
        public static Data AmrProfileStatusObject(LoadProfileCapture capture)
        {
            return new Data(AmrProfileStatusName, new AmrProfileStatusValue(capture.Ring));
        }

        /// <summary>Standard event code (Data, 0.0.96.11.0.255): the newest code of <paramref name="log"/>.</summary>
        public static Data StandardEventCode(EventLog log)
        {
            return new Data(StandardEventCodeName, new EventCodeValue(log));
        }

        /// <summary>Fraud detection event code (Data, 0.0.96.11.1.255): the newest code of <paramref name="log"/>.</summary>
        public static Data FraudEventCode(EventLog log)
        {
            return new Data(FraudEventCodeName, new EventCodeValue(log));
        }

        /// <summary>
        /// Every object of this class for one meter: the three profiles, then the Data objects
        /// their capture objects name (the clock and registers are <see cref="MeterObjects"/>').
        /// </summary>
        public static ICosemObject[] Build(LoadProfileCapture loadProfile, EventLog standardLog, EventLog fraudLog)
        {
            return new ICosemObject[]
            {
                LoadProfile(loadProfile),
                StandardEventLog(standardLog),
                FraudDetectionLog(fraudLog),
                AmrProfileStatusObject(loadProfile),
                StandardEventCode(standardLog),
                FraudEventCode(fraudLog),
            };
        }

        private static CaptureObjectDefinition Clock()
        {
            return Column(ClockClass, 0, 0, 1, 0, 0);
        }

        private static CaptureObjectDefinition Column(ushort classId, byte a, byte b, byte c, byte d, byte e)
        {
            return Column(classId, new byte[] { a, b, c, d, e, 255 });
        }

        private static CaptureObjectDefinition Column(ushort classId, byte[] logicalName)
        {
            return new CaptureObjectDefinition(classId, logicalName, ValueAttribute, 0);
        }
    }
}
