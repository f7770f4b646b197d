using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Chooses the response a server sends for a request it could not decode (Green Book ed. 9, 9.5):
    /// <list type="bullet">
    /// <item>unknown tag: ExceptionResponse service-unknown / service-not-supported;</item>
    /// <item>known tag, request type not implemented: ExceptionResponse service-not-allowed / service-not-supported;</item>
    /// <item>a normal GET/SET/ACTION request whose addressing decoded but whose Data the codec will not
    /// hold (too large, too deep, compact-array): the service's own normal response, echoing the
    /// invoke-id, with scope-of-access-violated (GET: the only Data is the selective access) or type-unmatched (SET, ACTION);</item>
    /// <item>the same for Set-Request-With-First-Datablock, whose only Data is the selective access: the
    /// response that ends a SET in blocks, Set-Response-Last-Datablock scope-of-access-violated for block 1
    /// (the first block's number, Green Book ed. 9, 9.3 block transfer);</item>
    /// <item>anything else (truncated, malformed, trailing bytes, list too long): ExceptionResponse
    /// service-not-allowed / other-reason. This includes the with-list requests, whose own responses need
    /// one result per item (a count a failed parse does not have, and a TooLarge there may be the count
    /// itself), and the later blocks, which carry no Data.</item>
    /// </list>
    /// Whether to answer at all (unconfirmed requests, responses and notifications sent to a server) is the
    /// server loop's decision; so is the answer to a block that decodes but breaks the block sequence
    /// (see <see cref="DataBlockReassembler"/>).
    /// </summary>
    public static class XdlmsErrorResponse
    {
        /// <summary>
        /// Writes the fitting error response for <paramref name="parse"/>; returns the bytes written,
        /// 0 when the parse succeeded (nothing to report) or AxdrEncoder.DoesNotFit.
        /// </summary>
        public static int Encode(XdlmsParseResult parse, byte[] buffer, int offset, int count)
        {
            if (parse == null)
            {
                throw new System.ArgumentNullException("parse");
            }

            XdlmsCodec.CheckRange(buffer, offset, count);
            if (parse.IsOk)
            {
                return 0;
            }

            if (IsValueRejected(parse))
            {
                byte invokeIdAndPriority = parse.InvokeIdAndPriority;
                switch (parse.Tag)
                {
                    case XdlmsTag.GetRequest:
                        return new GetResponseNormal(invokeIdAndPriority, GetDataResult.FromError(DataAccessResult.ScopeOfAccessViolated)).Encode(buffer, offset, count);
                    case XdlmsTag.SetRequest:
                        if (parse.Choice == XdlmsTag.SetRequestWithFirstDataBlock)
                        {
                            return new SetResponseLastDataBlock(invokeIdAndPriority, DataAccessResult.ScopeOfAccessViolated, 1).Encode(buffer, offset, count);
                        }

                        return new SetResponseNormal(invokeIdAndPriority, DataAccessResult.TypeUnmatched).Encode(buffer, offset, count);
                    default:
                        return new ActionResponseNormal(invokeIdAndPriority, ActionResult.TypeUnmatched, null).Encode(buffer, offset, count);
                }
            }

            return ExceptionFor(parse).Encode(buffer, offset, count);
        }

        /// <summary>
        /// The ExceptionResponse for a failed parse (also used where <see cref="Encode"/> would send a
        /// service response, for callers that only send exceptions); null when the parse succeeded.
        /// </summary>
        public static ExceptionResponse ExceptionFor(XdlmsParseResult parse)
        {
            if (parse == null)
            {
                throw new System.ArgumentNullException("parse");
            }

            switch (parse.Result)
            {
                case XdlmsResult.Ok:
                    return null;
                case XdlmsResult.UnknownTag:
                    return new ExceptionResponse(ExceptionStateError.ServiceUnknown, ExceptionServiceError.ServiceNotSupported, 0);
                case XdlmsResult.UnknownChoice:
                    return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.ServiceNotSupported, 0);
                default:
                    return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.OtherReason, 0);
            }
        }

        // A normal request (or a SET's first block) that got past its descriptor and failed only on a Data value the codec will not hold.
        private static bool IsValueRejected(XdlmsParseResult parse)
        {
            bool request = parse.Tag == XdlmsTag.GetRequest || parse.Tag == XdlmsTag.SetRequest || parse.Tag == XdlmsTag.ActionRequest;
            bool valueLimit = parse.Result == XdlmsResult.TooLarge || parse.Result == XdlmsResult.Unsupported;
            bool singleAttribute = parse.Choice == XdlmsTag.Normal
                || (parse.Tag == XdlmsTag.SetRequest && parse.Choice == XdlmsTag.SetRequestWithFirstDataBlock);
            return request && valueLimit && singleAttribute && parse.HasInvokeId;
        }
    }
}
