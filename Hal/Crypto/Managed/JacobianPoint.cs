namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// A point in Jacobian coordinates (x = X/Z², y = Y/Z³), coordinates in Montgomery form;
    /// Z = 0 is the point at infinity. Mutable scratch, allocated once per instance that uses it.
    /// </summary>
    internal sealed class JacobianPoint
    {
        internal readonly uint[] X;
        internal readonly uint[] Y;
        internal readonly uint[] Z;

        internal JacobianPoint(int limbs)
        {
            X = new uint[limbs];
            Y = new uint[limbs];
            Z = new uint[limbs];
        }
    }
}
