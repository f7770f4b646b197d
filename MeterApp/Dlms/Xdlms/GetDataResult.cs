using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Data-Result CHOICE (Green Book ed. 9, 9.5): data [0] Data, or data-access-result [1]
    /// Data-Access-Result. Encoded as 00 then the Data, or 01 then the enum octet. Immutable.
    /// </summary>
    public sealed class GetDataResult
    {
        private readonly DlmsData _data;
        private readonly DataAccessResult _accessResult;

        private GetDataResult(DlmsData data, DataAccessResult accessResult)
        {
            _data = data;
            _accessResult = accessResult;
        }

        /// <summary>The data alternative.</summary>
        public static GetDataResult FromData(DlmsData data)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException("data");
            }

            return new GetDataResult(data, DataAccessResult.Success);
        }

        /// <summary>The data-access-result alternative.</summary>
        public static GetDataResult FromError(DataAccessResult accessResult)
        {
            return new GetDataResult(null, accessResult);
        }

        /// <summary>True for the data alternative.</summary>
        public bool IsData
        {
            get { return _data != null; }
        }

        /// <summary>The value (null for the data-access-result alternative).</summary>
        public DlmsData Data
        {
            get { return _data; }
        }

        /// <summary>The data-access-result (Success for the data alternative).</summary>
        public DataAccessResult AccessResult
        {
            get { return _accessResult; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return _data != null ? 1 + AxdrEncoder.Size(_data) : 2; }
        }

        /// <summary>Decodes one Get-Data-Result at <paramref name="offset"/>; never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetDataResult result, out int consumed)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            XdlmsResult status = Read(decoder, buffer, ref position, offset + count, out result);
            consumed = status == XdlmsResult.Ok ? position - offset : 0;
            return status;
        }

        /// <summary>Writes the CHOICE; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            return Write(buffer, offset) - offset;
        }

        internal static XdlmsResult Read(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out GetDataResult result)
        {
            result = null;
            byte choice;
            XdlmsResult status = XdlmsCodec.ReadByte(buffer, ref position, end, out choice);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            if (choice == 0)
            {
                DlmsData data;
                status = XdlmsCodec.ReadData(decoder, buffer, ref position, end, out data);
                if (status == XdlmsResult.Ok)
                {
                    result = new GetDataResult(data, DataAccessResult.Success);
                }

                return status;
            }

            if (choice != 1)
            {
                return XdlmsResult.Malformed;
            }

            byte access;
            status = XdlmsCodec.ReadByte(buffer, ref position, end, out access);
            if (status == XdlmsResult.Ok)
            {
                result = new GetDataResult(null, (DataAccessResult)access);
            }

            return status;
        }

        internal int Write(byte[] buffer, int position)
        {
            if (_data != null)
            {
                buffer[position] = 0;
                return XdlmsCodec.WriteData(_data, buffer, position + 1);
            }

            buffer[position] = 1;
            buffer[position + 1] = (byte)_accessResult;
            return position + 2;
        }
    }
}
