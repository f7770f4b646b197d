using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsNotificationTests
    {
        [TestMethod]
        public void ExceptionResponseRoundTrips()
        {
            ExceptionResponse other = (ExceptionResponse)XdlmsVectors.Decode(XdlmsVectors.ExceptionOtherReason);
            Assert.AreEqual((int)ExceptionStateError.ServiceNotAllowed, (int)other.StateError);
            Assert.AreEqual((int)ExceptionServiceError.OtherReason, (int)other.ServiceError);
            Assert.AreEqual(3, other.Size);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ExceptionOtherReason, other);

            ExceptionResponse counter = (ExceptionResponse)XdlmsVectors.Decode(XdlmsVectors.ExceptionInvocationCounter);
            Assert.AreEqual((int)ExceptionServiceError.InvocationCounterError, (int)counter.ServiceError);
            Assert.AreEqual(0x102U, counter.InvocationCounter);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ExceptionInvocationCounter,
                new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.InvocationCounterError, 0x102));

            // The counter belongs to invocation-counter-error only.
            XdlmsVectors.AssertEncodes("D80202", new ExceptionResponse(ExceptionStateError.ServiceUnknown, ExceptionServiceError.ServiceNotSupported, 7));
        }

        [TestMethod]
        public void ExceptionResponseRejectsValuesOutsideTheEnumerations()
        {
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("D80003").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("D80303").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("D80107").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("D80100").Result);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException),
                () => new ExceptionResponse((ExceptionStateError)3, ExceptionServiceError.OtherReason, 0));
        }

        [TestMethod]
        public void DataNotificationWithoutDateTime()
        {
            DataNotification notification = (DataNotification)XdlmsVectors.Decode(XdlmsVectors.U9nDataNotification);
            Assert.AreEqual(0x1DBU, notification.LongInvokeIdAndPriority);
            Assert.IsNull(notification.DateTime);
            Assert.AreEqual((int)DlmsDataType.OctetString, (int)notification.Body.Type);
            Assert.AreEqual(0x22, notification.Body.ByteLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nDataNotification, notification);
        }

        [TestMethod]
        public void DataNotificationWithDateTime()
        {
            DataNotification notification = (DataNotification)XdlmsVectors.Decode(XdlmsVectors.DataNotificationWithDateTime);
            Assert.AreEqual(0x80000001U, notification.LongInvokeIdAndPriority);
            Assert.IsNotNull(notification.DateTime);
            Assert.AreEqual(2021, (int)notification.DateTime.Date.Year);
            Assert.AreEqual(2, notification.Body.Count);
            XdlmsVectors.AssertEncodes(XdlmsVectors.DataNotificationWithDateTime, notification);

            DataNotification built = new DataNotification(0x80000001, notification.DateTime,
                DlmsData.Structure(DlmsData.LongUnsigned(1), DlmsData.OctetString(new byte[] { 1, 0, 1, 8, 0, 255 })));
            XdlmsVectors.AssertEncodes(XdlmsVectors.DataNotificationWithDateTime, built);
        }

        [TestMethod]
        public void DataNotificationDateTimeMustBeAbsentOrTwelveOctets()
        {
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("0F00000001050102030405" + "1200FF").Result);
        }
    }
}
