namespace Meter.Host
{
    /// <summary>One verb of the host program (`meter run`, later `meter accuracy`, `meter read` ...).</summary>
    internal interface IVerb
    {
        string Name { get; }

        string Summary { get; }

        /// <summary>Runs the verb with the arguments after its name; returns the process exit code.</summary>
        int Execute(string[] args);
    }
}
