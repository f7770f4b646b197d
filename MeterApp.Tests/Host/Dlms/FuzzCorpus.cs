using System;
using System.Collections.Generic;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Xdlms;
using Meter.Tests.Dlms;
using Meter.Tests.Support;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The valid frames the DLMS fuzzer starts from: xDLMS requests of every service and form
    /// (GET normal, with selective access, with-list, next; SET normal, with-list, in data blocks;
    /// ACTION normal, with-list, in parameter blocks; general-block-transfer) aimed at the meter's
    /// own objects, so mutations reach deep into them, plus the codec's xDLMS test vectors
    /// (<see cref="XdlmsVectors.All"/>), and ACSE frames (AARQ of each mechanism, RLRQ plain and
    /// ciphered) from <see cref="AcseVectors"/>. All of them decode (the test checks).
    /// </summary>
    internal static class FuzzCorpus
    {
        private const byte Invoke = 0xC1;

        // 2026-06-01 00:00:00, deviation not specified (Blue Book 4.1.6.1 date-time), the virtual meter's start.
        private static readonly byte[] Start = Hex.Parse("07EA0601FF00000000800000");
        private static readonly byte[] Later = Hex.Parse("07EA0601FF01000000800000");

        private static readonly byte[] DeviceName = { 0, 0, 42, 0, 0, 255 };
        private static readonly byte[] Serial = { 0, 0, 96, 1, 0, 255 };
        private static readonly byte[] Firmware = { 1, 0, 0, 2, 0, 255 };
        private static readonly byte[] Counter = { 0, 0, 43, 1, 0, 255 };
        private static readonly byte[] ImportEnergy = { 1, 0, 1, 8, 0, 255 };
        private static readonly byte[] ExportEnergy = { 1, 0, 2, 8, 0, 255 };
        private static readonly byte[] Voltage = { 1, 0, 32, 7, 0, 255 };
        private static readonly byte[] Current = { 1, 0, 31, 7, 0, 255 };
        private static readonly byte[] ClockName = { 0, 0, 1, 0, 0, 255 };
        private static readonly byte[] Association = { 0, 0, 40, 0, 0, 255 };
        private static readonly byte[] SecuritySetupName = { 0, 0, 43, 0, 0, 255 };
        private static readonly byte[] LoadProfile = { 1, 0, 99, 1, 0, 255 };
        private static readonly byte[] StandardLog = { 0, 0, 99, 98, 0, 255 };
        private static readonly byte[] FraudLog = { 0, 0, 99, 98, 1, 255 };
        private static readonly byte[] PushSetup = { 0, 0, 25, 9, 0, 255 };

        /// <summary>The plain xDLMS requests (and the codec's other APDU vectors).</summary>
        public static List<byte[]> XdlmsRequests()
        {
            var list = new List<byte[]>();
            void Get(ushort classId, byte[] name, sbyte attribute, SelectiveAccessDescriptor access = null) =>
                list.Add(Encode(new GetRequestNormal(Invoke, new CosemAttributeDescriptor(classId, name, attribute), access).Encode));

            Get(1, DeviceName, 2);
            Get(1, Serial, 2);
            Get(1, Serial, 1);
            Get(1, Firmware, 2);
            Get(1, Counter, 2);
            Get(3, ImportEnergy, 2);
            Get(3, ImportEnergy, 3);
            Get(3, ExportEnergy, 2);
            Get(3, Voltage, 2);
            Get(3, Current, 3);
            Get(8, ClockName, 2);
            Get(8, ClockName, 3);
            Get(8, ClockName, 9);
            Get(15, Association, 2);
            Get(15, Association, 3);
            Get(64, SecuritySetupName, 2);
            Get(64, SecuritySetupName, 5);
            Get(7, LoadProfile, 2);
            Get(7, LoadProfile, 3);
            Get(7, LoadProfile, 7);
            Get(7, LoadProfile, 2, ByRange());
            Get(7, LoadProfile, 2, ByEntry(1, 2));
            Get(7, StandardLog, 2, ByEntry(1, 0));
            Get(7, FraudLog, 2, ByEntry(1, 5));
            Get(40, PushSetup, 2);
            list.Add(Encode(new GetRequestNext(Invoke, 1).Encode));
            list.Add(Encode(new GetRequestNext(Invoke, 2).Encode));
            list.Add(Encode(new GetRequestWithList(Invoke,
                new[] { Attribute(1, Serial, 2), Attribute(3, ImportEnergy, 2), Attribute(8, ClockName, 2), Attribute(7, StandardLog, 2) },
                new[] { null, null, null, ByEntry(1, 1) }).Encode));

            void Set(ushort classId, byte[] name, sbyte attribute, DlmsData value) =>
                list.Add(Encode(new SetRequestNormal(Invoke, new CosemAttributeDescriptor(classId, name, attribute), null, value).Encode));

            Set(8, ClockName, 2, DlmsData.OctetString(Start));
            Set(8, ClockName, 3, DlmsData.Long(60));
            Set(1, Serial, 2, DlmsData.VisibleString("FUZZ"));
            Set(3, ImportEnergy, 2, DlmsData.DoubleLongUnsigned(0));
            Set(40, PushSetup, 3, DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(Hex.Ascii("127.0.0.1:4059")), DlmsData.Enum(0)));
            list.Add(Encode(new SetRequestWithList(Invoke,
                new[] { Attribute(8, ClockName, 2), Attribute(1, Serial, 2) }, new SelectiveAccessDescriptor[2],
                new[] { DlmsData.OctetString(Later), DlmsData.VisibleString("X") }).Encode));
            byte[] clockValue = new byte[2 + Later.Length];
            clockValue[0] = 0x09;
            clockValue[1] = (byte)Later.Length;
            Array.Copy(Later, 0, clockValue, 2, Later.Length);
            list.Add(Encode(new SetRequestWithFirstDataBlock(Invoke, Attribute(8, ClockName, 2), null, new DataBlockSa(false, 1, clockValue, 0, 6)).Encode));
            list.Add(Encode(new SetRequestWithDataBlock(Invoke, new DataBlockSa(true, 2, clockValue, 6, clockValue.Length - 6)).Encode));

            void Act(ushort classId, byte[] name, sbyte method, DlmsData parameters) =>
                list.Add(Encode(new ActionRequestNormal(Invoke, new CosemMethodDescriptor(classId, name, method), parameters).Encode));

            Act(15, Association, 1, DlmsData.OctetString(Hex.Parse("1000000001AABBCCDDEEFF00112233445566")));
            Act(8, ClockName, 1, DlmsData.Integer(0));
            Act(8, ClockName, 6, DlmsData.Long(30));
            Act(7, LoadProfile, 2, DlmsData.Integer(0));
            Act(7, StandardLog, 1, DlmsData.Integer(0));
            Act(64, SecuritySetupName, 1, DlmsData.Enum(3));

            // global_key_transfer (Blue Book 4.4.7): the unicast key wrapped under a KEK the meter does not hold, so it never unwraps.
            Act(64, SecuritySetupName, 2, DlmsData.Array(DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(Hex.Parse("1FA6A7F1C1E7A5B2D10D9D3A4B66C04E9E1BCF2A5F7D3E01")))));
            Act(40, PushSetup, 1, DlmsData.Integer(0));
            list.Add(Encode(new ActionRequestWithList(Invoke,
                new[] { new CosemMethodDescriptor(8, ClockName, 1), new CosemMethodDescriptor(7, LoadProfile, 2) },
                new[] { DlmsData.Integer(0), DlmsData.Integer(0) }).Encode));
            byte[] shift = Hex.Parse("100001");
            list.Add(Encode(new ActionRequestWithFirstPBlock(Invoke, new CosemMethodDescriptor(8, ClockName, 6), new DataBlockSa(false, 1, shift, 0, 1)).Encode));
            list.Add(Encode(new ActionRequestWithPBlock(Invoke, new DataBlockSa(true, 2, shift, 1, 2)).Encode));
            list.Add(Encode(new ActionRequestNextPBlock(Invoke, 1).Encode));

            // General-block-transfer (Green Book ed. 9, 9.3.10) carrying a whole GET.
            byte[] get = list[1];
            list.Add(Encode(new GeneralBlockTransfer(true, false, 1, 1, 0, get, 0, get.Length).Encode));

            foreach (string hex in XdlmsVectors.All())
            {
                list.Add(Hex.Parse(hex));
            }

            return list;
        }

        /// <summary>The AARQ the public client (SAP 16) sends: LN referencing, no security, get/set/action and blocks proposed.</summary>
        public static byte[] PublicAarq()
        {
            InitiateRequest initiate = new InitiateRequest();
            initiate.ProposedConformance = DlmsClient.DefaultConformance | Conformance.BlockTransferWithSetOrWrite | Conformance.BlockTransferWithAction
                | Conformance.GeneralBlockTransfer;
            initiate.ClientMaxReceivePduSize = 1024;
            byte[] buffer = new byte[64];
            int written;
            initiate.Encode(buffer, 0, out written);
            Aarq aarq = new Aarq();
            aarq.ApplicationContext = ApplicationContextName.LogicalName;
            aarq.UserInformation = Take(buffer, written);
            byte[] apdu = new byte[256];
            aarq.Encode(apdu, 0, out written);
            return Take(apdu, written);
        }

        /// <summary>RLRQ reason normal (Green Book ed. 9, 9.4.2.2).</summary>
        public static byte[] Rlrq()
        {
            Rlrq rlrq = new Rlrq();
            rlrq.HasReason = true;
            rlrq.Reason = ReleaseRequestReason.Normal;
            byte[] apdu = new byte[16];
            int written;
            rlrq.Encode(apdu, 0, out written);
            return Take(apdu, written);
        }

        /// <summary>ACSE frames: AARQs of each mechanism, RLRQ plain and with a ciphered InitiateRequest.</summary>
        public static List<byte[]> AcseFrames()
        {
            var list = new List<byte[]> { PublicAarq(), Rlrq() };
            foreach (string hex in new[]
            {
                AcseVectors.GreenBookAarqCipheredLls, AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAarqLls, AcseVectors.U9nAarqHlsGmac,
                AcseVectors.U9nAarqHls, AcseVectors.U9nAarqEncoded, AcseVectors.GoClientAarqLlsWrongPassword, AcseVectors.U9nRlrqNormal,
                AcseVectors.U9nRlrqCiphered,
            })
            {
                list.Add(Hex.Parse(hex));
            }

            return list;
        }

        private static SelectiveAccessDescriptor ByEntry(uint from, uint to)
        {
            // entry_descriptor (Blue Book 4.3.6): from_entry, to_entry, from_selected_value, to_selected_value.
            return new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(from), DlmsData.DoubleLongUnsigned(to), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0)));
        }

        private static SelectiveAccessDescriptor ByRange()
        {
            // range_descriptor (Blue Book 4.3.6): the clock's time column from Start to Later, all columns.
            return new SelectiveAccessDescriptor(1, DlmsData.Structure(
                DlmsData.Structure(DlmsData.LongUnsigned(8), DlmsData.OctetString(ClockName), DlmsData.Integer(2), DlmsData.LongUnsigned(0)),
                DlmsData.OctetString(Start), DlmsData.OctetString(Later), DlmsData.Array()));
        }

        private static CosemAttributeDescriptor Attribute(ushort classId, byte[] name, sbyte attribute)
        {
            return new CosemAttributeDescriptor(classId, name, attribute);
        }

        private static byte[] Encode(Func<byte[], int, int, int> encode)
        {
            byte[] buffer = new byte[1024];
            int written = encode(buffer, 0, buffer.Length);
            if (written <= 0)
            {
                throw new InvalidOperationException("a corpus APDU does not encode");
            }

            return Take(buffer, written);
        }

        private static byte[] Take(byte[] buffer, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(buffer, copy, count);
            return copy;
        }
    }
}
