using Meter.Dlms.Axdr;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Events;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// HLS-GMAC passes 3 and 4 on the server side (Green Book ed. 9, 9.2.7.4, mechanism 5): the
    /// client's reply_to_HLS_authentication carries f(StoC) = SC || IC || GMAC tag, checked against
    /// the challenge the AARE sent; on success the association becomes associated and the answer
    /// is f(CtoS) under our system title and next invocation counter. A failure is logged
    /// (event 46) and leaves the association pending. The IC inside f(StoC) is not run through the
    /// counter guard: the challenge is fresh per association, which is what defeats a replay, and
    /// clients take that IC from the same counter as the APDU carrying it.
    /// </summary>
    internal sealed class HlsGmacExchange
    {
        private readonly HlsGmac _hls;
        private readonly IInvocationCounterSource _counter;
        private readonly IEventRecorder _events;
        private readonly DlmsServerStatistics _statistics;

        public HlsGmacExchange(HlsGmac hls, IInvocationCounterSource counter, IEventRecorder events, DlmsServerStatistics statistics)
        {
            _hls = hls;
            _counter = counter;
            _events = events;
            _statistics = statistics;
        }

        /// <summary>Pass 3 check and pass 4 answer for <paramref name="state"/>; <paramref name="returned"/> is f(CtoS) on success.</summary>
        public ActionResult Reply(AssociationState state, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            if (state.Status != AssociationStatus.AssociationPending || state.Security == null || state.ClientChallenge == null)
            {
                return ActionResult.ReadWriteDenied;
            }

            if (parameters == null || parameters.Type != DlmsDataType.OctetString)
            {
                return ActionResult.TypeUnmatched;
            }

            byte[] response = parameters.GetBytes();
            uint clientCounter;
            CipherResult result = _hls.Verify(state.Security, state.ServerChallenge, 0, state.ServerChallengeLength, response, 0, response.Length, out clientCounter);
            if (result != CipherResult.Ok)
            {
                _statistics.CountAuthenticationFailure();
                _events.Record(EventCode.AuthenticationFailure, "DLMS client " + state.Policy.ClientSap + ": HLS-GMAC f(StoC) refused");
                return ActionResult.ReadWriteDenied;
            }

            byte[] answer = new byte[HlsGmac.ResponseLength];
            _hls.Compute(state.Security, _counter.Next(), state.ClientChallenge, 0, state.ClientChallenge.Length, answer, 0);
            state.Status = AssociationStatus.Associated;
            state.Context.IsAuthenticated = true;
            returned = DlmsData.OctetString(answer);
            return ActionResult.Success;
        }
    }
}
