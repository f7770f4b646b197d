using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>Derives what kind of type a surface line describes, since the list states only type/interface.</summary>
    public static class StandInKinds
    {
        public static StandInKind Derive(SurfaceType type)
        {
            if (type.IsInterface)
            {
                return StandInKind.Interface;
            }

            var members = type.Members;
            if (members.Any(m => m.Name == "Invoke") && members.Any(m => m.Name == "BeginInvoke"))
            {
                return StandInKind.Delegate;
            }

            if (members.Count > 0 && members.All(m => m.IsField && m.Type == type.Name))
            {
                return StandInKind.Enum;
            }

            bool hasConstructor = members.Any(m => !m.IsField && !m.IsStatic && m.Name == ".ctor");
            if (!hasConstructor && members.Count > 0 && members.All(m => m.IsStatic && !m.IsField))
            {
                return StandInKind.StaticClass;
            }

            // Value-type tell-tales: typed equality, conversions into the type, or plain data without constructors.
            bool typedEquals = members.Any(m => m.Name == "Equals" && m.Parameters.Count == 1 && m.Parameters[0] == type.Name);
            bool conversionIn = members.Any(m => m.Name == "op_Implicit" && m.Type == type.Name);
            bool plainData = !hasConstructor && members.Count > 0 && members.All(m => m.IsField);
            return typedEquals || conversionIn || plainData ? StandInKind.Struct : StandInKind.Class;
        }
    }
}
