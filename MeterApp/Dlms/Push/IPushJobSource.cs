namespace Meter.Dlms.Push
{
    /// <summary>
    /// Builds a job from a push setup as it is configured now (e.g. the alarm push setup
    /// 0.0.25.9.0.255 through <see cref="PushSetupAttributes.TryCreateJob"/>). Called on the thread
    /// that triggers the push.
    /// </summary>
    public interface IPushJobSource
    {
        /// <summary>The job, or null when the push setup cannot be sent (no destination, unsupported method).</summary>
        PushJob CreateJob();
    }
}
