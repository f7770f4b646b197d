using System;
using Meter.Dlms.Transport;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// One delivery attempt of a push: connect to the destination, send the APDU, close. A
    /// Data-Notification is unconfirmed (Green Book ed. 9, 9.3), so no answer is awaited.
    /// Nothing a transport throws escapes.
    /// </summary>
    public static class PushDelivery
    {
        /// <summary>Delivers apdu[offset .. offset + count) to <paramref name="destination"/>.</summary>
        public static PushFailure Deliver(IPushTransportFactory transports, string destination, byte[] apdu, int offset, int count)
        {
            if (transports == null)
            {
                throw new ArgumentNullException("transports");
            }

            IApduTransport transport;
            try
            {
                transport = transports.Connect(destination);
            }
            catch (Exception)
            {
                return PushFailure.ConnectFailed;
            }

            if (transport == null)
            {
                return PushFailure.ConnectFailed;
            }

            try
            {
                if (count > transport.MaxApduSize)
                {
                    return PushFailure.TooLarge;
                }

                return transport.Send(apdu, offset, count) ? PushFailure.None : PushFailure.SendFailed;
            }
            catch (Exception)
            {
                return PushFailure.SendFailed;
            }
            finally
            {
                Close(transport);
            }
        }

        private static void Close(IApduTransport transport)
        {
            try
            {
                transport.Close();
            }
            catch (Exception)
            {
                // Sent or not, the outcome is known; a failing close changes nothing.
            }
        }
    }
}
