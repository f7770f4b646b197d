namespace Meter.Dlms.Push
{
    /// <summary>Why a push attempt failed; <see cref="None"/> when it was sent.</summary>
    public enum PushFailure
    {
        /// <summary>Sent.</summary>
        None = 0,

        /// <summary>The notification does not fit the client's buffer or the transport's largest APDU. Final.</summary>
        TooLarge = 1,

        /// <summary>The job asks for ciphering and the meter has no keys configured. Final: never sent in clear instead.</summary>
        NotProtected = 2,

        /// <summary>No unused invocation counter value is left under the key (it must change). Final.</summary>
        CounterExhausted = 3,

        /// <summary>Ciphering failed (key unavailable, crypto in its error state, counter not stored).</summary>
        ProtectionFailed = 4,

        /// <summary>No connection to the destination.</summary>
        ConnectFailed = 5,

        /// <summary>The connection took no APDU.</summary>
        SendFailed = 6,

        /// <summary>The notification could not be built (e.g. the real-time clock failed).</summary>
        BuildFailed = 7,

        /// <summary>An exception the client's own parts did not expect; the job is dropped, the task goes on.</summary>
        Unexpected = 8,
    }
}
