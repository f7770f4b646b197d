using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Metrology;

namespace Meter.Tests.Dlms
{
    /// <summary>A measurement source whose latest snapshot the test sets (null: no frame yet).</summary>
    public sealed class FakeMeasurementSource : IMeasurementSource
    {
        public MeasurementSnapshot Latest { get; set; }

        /// <summary>A snapshot with the given registers (Wh/varh) and instantaneous values.</summary>
        public static MeasurementSnapshot Snapshot(long activeImport, long activeExport, long reactiveImport, long reactiveExport, long millivolts, long microamps, int millihertz, int powerFactorPerMille)
        {
            EnergyRegisters registers = new EnergyRegisters(4096, 1000);
            registers.ActiveImport.Restore(activeImport, 0);
            registers.ActiveExport.Restore(activeExport, 0);
            registers.ReactiveImport.Restore(reactiveImport, 0);
            registers.ReactiveExport.Restore(reactiveExport, 0);
            Measurement m = new Measurement();
            m.Sequence = 7;
            m.VoltageMillivolts = millivolts;
            m.CurrentMicroamps = microamps;
            m.FrequencyMillihertz = millihertz;
            m.PowerFactorPerMille = powerFactorPerMille;
            return new MeasurementSnapshot(m, registers, 8, 0);
        }
    }

    /// <summary>A value a client may write and reset, with a type rule: only double-long-unsigned.</summary>
    public sealed class SettableValue : IWritableCosemValue, IResettableCosemValue
    {
        public DlmsData Value = DlmsData.DoubleLongUnsigned(5);

        public int Resets;

        public DataAccessResult Read(out DlmsData value)
        {
            value = Value;
            return DataAccessResult.Success;
        }

        public DataAccessResult Write(DlmsData value)
        {
            if (value.Type != DlmsDataType.DoubleLongUnsigned)
            {
                return DataAccessResult.TypeUnmatched;
            }

            Value = value;
            return DataAccessResult.Success;
        }

        public ActionResult Reset()
        {
            Resets++;
            Value = DlmsData.DoubleLongUnsigned(0);
            return ActionResult.Success;
        }
    }

    /// <summary>A push trigger that counts requests and accepts them while <see cref="Accept"/> is true.</summary>
    public sealed class CountingPushTrigger : IPushTrigger
    {
        public bool Accept = true;

        public int Requests;

        public PushSetup Last;

        public bool RequestPush(PushSetup setup)
        {
            Requests++;
            Last = setup;
            return Accept;
        }
    }

    /// <summary>A nameplate with fixed values.</summary>
    public sealed class TestNameplate : IMeterNameplate
    {
        public TestNameplate(string manufacturerId, string serialNumber)
        {
            ManufacturerId = manufacturerId;
            SerialNumber = serialNumber;
        }

        public string ManufacturerId { get; }

        public string SerialNumber { get; }
    }

    /// <summary>Small helpers for the COSEM object tests.</summary>
    public static class CosemTest
    {
        public static readonly byte[] AnyName = new byte[] { 0, 0, 96, 1, 0, 255 };

        public static DlmsData Get(ICosemObject target, int attribute)
        {
            DlmsData value;
            DataAccessResult result = target.Get(new CosemRequestContext(), attribute, null, out value);
            nanoFramework.TestFramework.Assert.AreEqual((int)DataAccessResult.Success, (int)result, "get attribute " + attribute);
            return value;
        }

        public static DataAccessResult Set(ICosemObject target, int attribute, DlmsData value)
        {
            return target.Set(new CosemRequestContext(), attribute, null, value);
        }

        public static ActionResult Invoke(ICosemObject target, int method, DlmsData parameters)
        {
            DlmsData returned;
            return target.Invoke(new CosemRequestContext(), method, parameters, out returned);
        }

        /// <summary>The A-XDR bytes of a value, as hex, to compare whole values.</summary>
        public static string Encoded(DlmsData value)
        {
            byte[] buffer = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, buffer, 0, buffer.Length);
            return Meter.Tests.Support.Hex.Format(buffer);
        }
    }
}
