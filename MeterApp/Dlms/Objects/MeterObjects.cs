using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Events;
using Meter.Hal.Clock;
using Meter.Hal.Crypto.Keys;
using Meter.Identity;
using Meter.Metrology;
using Meter.Storage;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The meter's standard COSEM objects (IEC 62056-6-1 OBIS codes), built once from interfaces
    /// to the rest of the meter: identity (logical device name 0.0.42.0.0.255, serial number
    /// 0.0.96.1.0.255, active firmware identifier 1.0.0.2.0.255), the energy registers
    /// (1.0.1.8.0.255 +A, 1.0.2.8.0.255 −A, 1.0.3.8.0.255 +R, 1.0.4.8.0.255 −R) and instantaneous
    /// values (1.0.32.7.0.255 voltage L1, 1.0.31.7.0.255 current L1, 1.0.14.7.0.255 frequency,
    /// 1.0.13.7.0.255 power factor) read from the metrology task's published snapshot, the
    /// clock 0.0.1.0.0.255 and the security setup 0.0.43.0.0.255. Registers are not resettable.
    /// </summary>
    public sealed class MeterObjects
    {
        private readonly ICosemObject[] _objects;

        /// <summary>
        /// Builds the objects. <paramref name="timeZone"/> is the clock's time zone in minutes, DLMS
        /// sign (UTC = local + time_zone), <paramref name="daylightSaving"/> its daylight saving rule
        /// or null; <paramref name="securitySetup"/> comes from <see cref="BuildSecuritySetup"/>.
        /// </summary>
        public MeterObjects(IMeterNameplate nameplate, SoftwareIdentity software, IMeasurementSource measurements, IRealTimeClock rtc, IEventRecorder events, short timeZone, DaylightSavingRule daylightSaving, SecuritySetup securitySetup)
        {
            if (nameplate == null || software == null || measurements == null || rtc == null || events == null || securitySetup == null)
            {
                throw new ArgumentNullException(nameplate == null ? "nameplate" : software == null ? "software" : measurements == null ? "measurements"
                    : rtc == null ? "rtc" : events == null ? "events" : "securitySetup");
            }

            Clock = new Clock(Obis(0, 0, 1, 0, 0), rtc, events, timeZone, daylightSaving, Cosem.Clock.ClockBaseInternalCrystal);
            SecuritySetup = securitySetup;
            _objects = new ICosemObject[]
            {
                Identity(Obis(0, 0, 42, 0, 0), LogicalDeviceName.Of(nameplate)),
                Identity(Obis(0, 0, 96, 1, 0), LogicalDeviceName.SerialBytes(nameplate.SerialNumber)),
                Identity(Obis(1, 0, 0, 2, 0), Ascii(software.Version)),
                Measured(Obis(1, 0, 1, 8, 0), measurements, MeasuredQuantity.ActiveEnergyImport),
                Measured(Obis(1, 0, 2, 8, 0), measurements, MeasuredQuantity.ActiveEnergyExport),
                Measured(Obis(1, 0, 3, 8, 0), measurements, MeasuredQuantity.ReactiveEnergyImport),
                Measured(Obis(1, 0, 4, 8, 0), measurements, MeasuredQuantity.ReactiveEnergyExport),
                Measured(Obis(1, 0, 32, 7, 0), measurements, MeasuredQuantity.VoltageL1),
                Measured(Obis(1, 0, 31, 7, 0), measurements, MeasuredQuantity.CurrentL1),
                Measured(Obis(1, 0, 14, 7, 0), measurements, MeasuredQuantity.Frequency),
                Measured(Obis(1, 0, 13, 7, 0), measurements, MeasuredQuantity.PowerFactor),
                Clock,
                SecuritySetup,
            };
        }

        /// <summary>The clock 0.0.1.0.0.255.</summary>
        public Clock Clock { get; }

        /// <summary>The security setup 0.0.43.0.0.255.</summary>
        public SecuritySetup SecuritySetup { get; }

        /// <summary>Number of objects.</summary>
        public int Count
        {
            get { return _objects.Length; }
        }

        /// <summary>Object <paramref name="index"/> (0..Count-1), in a fixed order.</summary>
        public ICosemObject this[int index]
        {
            get { return _objects[index]; }
        }

        /// <summary>
        /// The security setup 0.0.43.0.0.255 of security suite 0 over the meter's store and keys:
        /// policy persisted in <paramref name="store"/> and never below <paramref name="minimumPolicy"/>,
        /// keys transferred into <paramref name="keys"/> through <paramref name="operations"/>, an
        /// instance nothing else uses (KeyOperations is not thread-safe; the object locks its own calls).
        /// </summary>
        public static SecuritySetup BuildSecuritySetup(RecordStore store, KeyStore keys, KeyOperations operations, IEventRecorder events, byte[] serverSystemTitle, byte minimumPolicy)
        {
            return new SecuritySetup(
                Obis(0, 0, 43, 0, 0),
                new PersistentSecurityPolicy(store, minimumPolicy),
                new GlobalKeyTransfer(keys, operations),
                events,
                serverSystemTitle);
        }

        /// <summary>The object of class <paramref name="classId"/> named by the 6 bytes at <paramref name="offset"/>, or null.</summary>
        public ICosemObject Find(ushort classId, byte[] logicalName, int offset)
        {
            if (logicalName == null || offset < 0 || offset > logicalName.Length - CosemObject.LogicalNameLength)
            {
                return null;
            }

            for (int i = 0; i < _objects.Length; i++)
            {
                if (_objects[i].ClassId == classId && SameName(_objects[i].LogicalName, logicalName, offset))
                {
                    return _objects[i];
                }
            }

            return null;
        }

        private static bool SameName(byte[] name, byte[] other, int offset)
        {
            for (int i = 0; i < CosemObject.LogicalNameLength; i++)
            {
                if (name[i] != other[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        private static ICosemObject Identity(byte[] logicalName, byte[] value)
        {
            return new Data(logicalName, new FixedValue(DlmsData.OctetString(value)));
        }

        private static ICosemObject Measured(byte[] logicalName, IMeasurementSource measurements, MeasuredQuantity quantity)
        {
            return new Register(logicalName, new MeasurementValue(measurements, quantity), MeasurementValue.ScalerUnitOf(quantity));
        }

        // Printable ASCII of a version string; anything else becomes '?'.
        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                char c = text[i];
                bytes[i] = (byte)(c >= 0x20 && c <= 0x7E ? c : '?');
            }

            return bytes;
        }

        // A.B.C.D.E.255 (IEC 62056-6-1: F = 255 when unused).
        private static byte[] Obis(byte a, byte b, byte c, byte d, byte e)
        {
            return new byte[] { a, b, c, d, e, 255 };
        }
    }
}
