using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>What a generated stand-in is: its surface line, derived kind, base and nested types.</summary>
    public sealed class StandInType
    {
        public StandInType(SurfaceType surface, StandInKind kind, INamedTypeSymbol shadowedHostType)
        {
            Surface = surface;
            Kind = kind;
            ShadowedHostType = shadowedHostType;
        }

        public SurfaceType Surface { get; }

        public StandInKind Kind { get; }

        /// <summary>The host type this stand-in hides because its device shape differs, or null.</summary>
        public INamedTypeSymbol ShadowedHostType { get; }

        /// <summary>Host base class (classes only), or null for System.Object.</summary>
        public INamedTypeSymbol BaseType { get; set; }

        public List<string> Interfaces { get; } = new List<string>();

        public List<StandInType> Nested { get; } = new List<StandInType>();
    }

    public enum StandInKind
    {
        Class,
        StaticClass,
        Struct,
        Interface,
        Enum,
        Delegate,
    }
}
