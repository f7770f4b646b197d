using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class EventNotificationRequestTests
    {
        private static readonly byte[] EventObjectName = new byte[] { 0, 0, 96, 11, 0, 255 };

        [TestMethod]
        public void WithoutTimeDecodesToItsFieldsAndReEncodes()
        {
            EventNotificationRequest notification = (EventNotificationRequest)XdlmsVectors.Decode(XdlmsVectors.EventNotification);
            Assert.IsNull(notification.Time);
            Assert.AreEqual((ushort)1, notification.Attribute.ClassId);
            Assert.IsTrue(notification.Attribute.HasLogicalName(EventObjectName));
            Assert.AreEqual((sbyte)2, notification.Attribute.AttributeId);
            Assert.AreEqual(46L, notification.Value.AsInt64());
            XdlmsVectors.AssertEncodes(XdlmsVectors.EventNotification,
                new EventNotificationRequest(null, new CosemAttributeDescriptor(1, EventObjectName, 2), DlmsData.LongUnsigned(46)));

            // Unconfirmed and without invoke-id: the parse result has no header to echo.
            XdlmsParseResult parse = XdlmsVectors.Parse(XdlmsVectors.EventNotification);
            Assert.AreEqual(0xC2, parse.Tag);
            Assert.AreEqual(-1, parse.Choice);
            Assert.IsFalse(parse.HasInvokeId);
        }

        [TestMethod]
        public void WithTimeKeepsTheTwelveByteDateTime()
        {
            EventNotificationRequest notification = (EventNotificationRequest)XdlmsVectors.Decode(XdlmsVectors.EventNotificationWithTime);
            Assert.IsNotNull(notification.Time);
            Assert.AreEqual((ushort)2021, notification.Time.Date.Year);
            Assert.AreEqual((short)-60, notification.Time.Deviation);
            Assert.AreEqual(1 + 2 + 12 + 9 + 3, notification.Size);
            XdlmsVectors.AssertEncodes(XdlmsVectors.EventNotificationWithTime, notification);
            XdlmsVectors.AssertEncodes(XdlmsVectors.EventNotificationWithTime,
                new EventNotificationRequest(notification.Time, notification.Attribute, notification.Value));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                EventNotificationRequest apdu;
                return EventNotificationRequest.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.EventNotification, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.EventNotificationWithTime, decode);
            byte[] other = Hex.Parse(XdlmsVectors.U9nDataNotification);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)decode(other, 0, other.Length));
        }

        [TestMethod]
        public void BadTimeFieldsAreMalformed()
        {
            // Usage flag 02; a time that is not 12 octets (0, 5 or 13); a bad Data tag in the value.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C2" + "02" + "00010000600B00FF02" + "12002E").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C2" + "01" + "00" + "00010000600B00FF02" + "12002E").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C2" + "01" + "05" + "07E50118FF" + "00010000600B00FF02" + "12002E").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C2" + "01" + "0D" + "07E50118FF0E303950FFC40000" + "00010000600B00FF02" + "12002E").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C2" + "00" + "00010000600B00FF02" + "FE").Result);
        }

        [TestMethod]
        public void NullArgumentsAreRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new EventNotificationRequest(null, null, DlmsData.Null()));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new EventNotificationRequest(null, new CosemAttributeDescriptor(1, EventObjectName, 2), null));
        }
    }
}
