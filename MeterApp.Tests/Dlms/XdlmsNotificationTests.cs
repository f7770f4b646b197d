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

        [TestMethod]
        public void GeneralBlockTransferRoundTrips()
        {
            GeneralBlockTransfer last = (GeneralBlockTransfer)XdlmsVectors.Decode(XdlmsVectors.GeneralBlockTransferLast);
            Assert.IsTrue(last.LastBlock);
            Assert.IsFalse(last.Streaming);
            Assert.AreEqual(1, last.Window);
            Assert.AreEqual((ushort)1, last.BlockNumber);
            Assert.AreEqual((ushort)0, last.BlockNumberAck);
            byte[] inner = new byte[last.BlockDataLength];
            last.CopyBlockDataTo(inner, 0);
            Assert.IsTrue(XdlmsVectors.Parse(Hex.Format(inner)).IsOk);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GeneralBlockTransferLast, new GeneralBlockTransfer(true, false, 1, 1, 0, inner, 0, inner.Length));

            GeneralBlockTransfer streaming = (GeneralBlockTransfer)XdlmsVectors.Decode(XdlmsVectors.GeneralBlockTransferStreaming);
            Assert.IsFalse(streaming.LastBlock);
            Assert.IsTrue(streaming.Streaming);
            Assert.AreEqual(2, streaming.Window);
            Assert.AreEqual((ushort)1, streaming.BlockNumberAck);
            Assert.AreEqual(0, streaming.BlockDataLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GeneralBlockTransferStreaming, new GeneralBlockTransfer(false, true, 2, 2, 1, new byte[0], 0, 0));

            // A block-data length beyond the bytes given is truncated, not allocated.
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("E08100010000" + "847FFFFFFF" + "00").Result);
        }
    }
}
