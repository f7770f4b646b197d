namespace Meter.Tests.Dlms
{
    /// <summary>Work a simulated line runs when a reader finds nothing to read (the other station's turn).</summary>
    public interface ISerialLineStepper
    {
        void Run();
    }
}
