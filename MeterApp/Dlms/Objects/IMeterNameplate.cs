namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The meter's identification as its maker assigns it: the 3-letter manufacturer id
    /// (FLAG id, DLMS UA) and the serial number, from which the COSEM logical device name
    /// (Blue Book 4.1.8.2) and the serial number object are built.
    /// </summary>
    public interface IMeterNameplate
    {
        /// <summary>The three upper-case letters of the manufacturer's FLAG id.</summary>
        string ManufacturerId { get; }

        /// <summary>The serial number: 1 to 13 printable ASCII characters.</summary>
        string SerialNumber { get; }
    }
}
