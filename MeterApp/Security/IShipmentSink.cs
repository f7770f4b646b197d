namespace Meter.Security
{
    /// <summary>
    /// Where a test meter's shipment file goes when the meter provisions its own DLMS keys at
    /// first start (<see cref="DlmsKeys"/>): on the host, a file in the data directory; a device
    /// has no such place, and a production line takes the keys through its own channel.
    /// </summary>
    public interface IShipmentSink
    {
        /// <summary>
        /// Stores the file's <paramref name="count"/> bytes durably, replacing any earlier one.
        /// Returns false if it could not; the meter then does not consider itself provisioned.
        /// The bytes hold keys in clear: keep no copy of them.
        /// </summary>
        bool Deliver(byte[] content, int offset, int count);
    }
}
