using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-With-List (Green Book ed. 9, 9.5): C7 03, invoke-id-and-priority, list-of-responses
    /// SEQUENCE OF Action-Response-With-Optional-Data, one per method in request order. The count is bounded
    /// by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class ActionResponseWithList : XdlmsServiceApdu
    {
        private readonly ActionResponseWithOptionalData[] _responses;

        /// <summary>A response with <paramref name="responses"/> (copied).</summary>
        public ActionResponseWithList(byte invokeIdAndPriority, ActionResponseWithOptionalData[] responses)
            : base(XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithList, invokeIdAndPriority)
        {
            _responses = new ActionResponseWithOptionalData[XdlmsCodec.CheckList(responses, "responses", true)];
            System.Array.Copy(responses, _responses, _responses.Length);
        }

        /// <summary>The number of responses.</summary>
        public int Count
        {
            get { return _responses.Length; }
        }

        /// <summary>Response <paramref name="index"/>.</summary>
        public ActionResponseWithOptionalData ResponseAt(int index)
        {
            return _responses[index];
        }

        internal override int BodySize
        {
            get
            {
                int size = AxdrLength.Size(_responses.Length);
                for (int i = 0; i < _responses.Length; i++)
                {
                    size += _responses[i].Size;
                }

                return size;
            }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionResponseWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithList);
            ActionResponseWithOptionalData[] responses = new ActionResponseWithOptionalData[reader.Count(ActionResponseWithOptionalData.MinSize)];
            for (int i = 0; i < responses.Length && reader.Ok; i++)
            {
                responses[i] = reader.ActionResponse(decoder);
            }

            apdu = reader.Finish() ? new ActionResponseWithList(invokeIdAndPriority, responses) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _responses.Length);
            for (int i = 0; i < _responses.Length; i++)
            {
                position = _responses[i].Write(buffer, position);
            }

            return position;
        }
    }
}
