using System;
using System.Threading;
using Meter.Dlms.Client;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Tests.Boot;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>What the end-to-end DLMS tests share: a started meter, its shipment keys, the standard objects.</summary>
    internal static class MeterDlmsFixture
    {
        /// <summary>The head-end's system title in these tests.</summary>
        public static readonly byte[] HeadEndTitle = { 0x48, 0x45, 0x53, 0, 0, 0, 0, 1 };

        public static readonly object[][] StandardObjects =
        {
            new object[] { (ushort)1, "0.0.42.0.0.255", 2 },
            new object[] { (ushort)1, "0.0.96.1.0.255", 2 },
            new object[] { (ushort)1, "1.0.0.2.0.255", 2 },
            new object[] { (ushort)3, "1.0.1.8.0.255", 2 },
            new object[] { (ushort)3, "1.0.1.8.0.255", 3 },
            new object[] { (ushort)3, "1.0.2.8.0.255", 2 },
            new object[] { (ushort)3, "1.0.3.8.0.255", 2 },
            new object[] { (ushort)3, "1.0.4.8.0.255", 2 },
            new object[] { (ushort)3, "1.0.32.7.0.255", 2 },
            new object[] { (ushort)3, "1.0.31.7.0.255", 2 },
            new object[] { (ushort)3, "1.0.14.7.0.255", 2 },
            new object[] { (ushort)3, "1.0.13.7.0.255", 2 },
            new object[] { (ushort)8, "0.0.1.0.0.255", 2 },
            new object[] { (ushort)64, "0.0.43.0.0.255", 2 },
            new object[] { (ushort)64, "0.0.43.0.0.255", 5 },
            new object[] { (ushort)15, "0.0.40.0.0.255", 2 },
            new object[] { (ushort)1, "0.0.43.1.0.255", 2 },
            new object[] { (ushort)7, "1.0.99.1.0.255", 2 },
            new object[] { (ushort)7, "1.0.99.1.0.255", 3 },
            new object[] { (ushort)7, "0.0.99.98.0.255", 2 },
            new object[] { (ushort)7, "0.0.99.98.1.255", 2 },
            new object[] { (ushort)1, "0.0.96.10.1.255", 2 },
            new object[] { (ushort)1, "0.0.96.11.0.255", 2 },
            new object[] { (ushort)1, "0.0.96.11.1.255", 2 },
        };

        /// <summary>Boots and starts a meter on <paramref name="flash"/>, waiting for its first measurement and its TCP port.</summary>
        public static RunningMeter Start(VirtualFlash flash)
        {
            return Started(RunningMeter.Boot(flash));
        }

        /// <summary>Starts a booted meter and waits for its first measurement and its TCP port.</summary>
        public static RunningMeter Started(RunningMeter meter)
        {
            meter.App.Start();
            Assert.IsNull(meter.App.Dlms.Unavailable);
            for (int i = 0; i < 500 && (meter.App.Metrology.Latest == null || meter.App.Dlms.Wrapper.LocalPort == 0); i++)
            {
                Thread.Sleep(10);
            }

            Assert.IsNotNull(meter.App.Metrology.Latest, "metrology published");
            Assert.AreNotEqual(0, meter.App.Dlms.Wrapper.LocalPort);
            return meter;
        }

        /// <summary>The shipment file the meter delivered at its first start.</summary>
        public static ShipmentFile ParseShipment(RunningMeter meter)
        {
            Assert.IsNotNull(meter.Shipment.Content, "the meter shipped its keys at first start");
            string error;
            ShipmentFile file = meter.Shipment.Parse(out error);
            Assert.IsNull(error);
            return file;
        }

        /// <summary>HLS-GMAC client security with the shipment's EK and AK, starting at <paramref name="invocationCounter"/>.</summary>
        public static ClientSecurity Security(ShipmentFile shipment, uint invocationCounter)
        {
            ClientSecurity security = Keys(shipment, (int)invocationCounter).Security(HeadEndTitle, invocationCounter);
            byte[] title = new byte[8];
            shipment.CopySystemTitle(title, 0);
            security.ExpectedServerSystemTitle = title;
            return security;
        }

        /// <summary>The head-end's copies of the shipment's EK and AK (a DRBG seeded with <paramref name="seed"/>).</summary>
        public static ClientKeys Keys(ShipmentFile shipment, int seed)
        {
            byte[] ek = new byte[16];
            byte[] ak = new byte[16];
            shipment.CopyKey(0, ek, 0);
            shipment.CopyKey(2, ak, 0);
            return ClientKeys.Create(new ManagedCryptoProvider(), new VirtualTrng(seed), ek, ak);
        }

        /// <summary>The descriptor of attribute <paramref name="attribute"/> of the object <paramref name="classId"/> / <paramref name="obis"/> ("a.b.c.d.e.f").</summary>
        public static CosemAttributeDescriptor Attribute(ushort classId, string obis, int attribute)
        {
            string[] parts = obis.Split('.');
            byte[] name = new byte[6];
            for (int i = 0; i < 6; i++)
            {
                name[i] = byte.Parse(parts[i]);
            }

            return new CosemAttributeDescriptor(classId, name, (sbyte)attribute);
        }
    }
}
