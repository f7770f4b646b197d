using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Generates C# declarations ("stand-ins") for the device types the host lacks, or whose device shape
    /// differs from the host's (a listed constructor the host class lacks, e.g. Aes(CipherMode)), so
    /// device-only sources bind on the host. Kinds are derived from the member list: all fields of the own
    /// type make an enum, Invoke/BeginInvoke a delegate, get_/set_ a property, add_/remove_ an event,
    /// op_Implicit/op_Explicit a conversion. Bodies throw; nothing here runs. The stand-ins are library
    /// code to the checker: their symbols are checked against the API lists like any other.
    /// </summary>
    public sealed class StandInGenerator
    {
        private readonly ApiList _api;
        private readonly Compilation _probe;
        private readonly Dictionary<string, SurfaceType> _byName;
        private readonly SurfaceTypeNames _names;
        private readonly List<string> _notes = new List<string>();

        /// <param name="probe">Host references plus the external trees (test-framework shim): what already binds.</param>
        public StandInGenerator(ApiSurface surface, ApiList api, Compilation probe)
        {
            _api = api;
            _probe = probe;
            // A supplement may add members to a type of the main list: one type, all members.
            _byName = surface.Types
                .Where(t => !t.IsGeneric)
                .GroupBy(t => t.FullName, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => g.Count() == 1 ? g.First() : new SurfaceType(g.First().Assembly, g.Key, g.First().IsInterface, g.SelectMany(t => t.Members).ToList()),
                    StringComparer.Ordinal);

            _names = new SurfaceTypeNames(_byName.Values, probe);
        }

        public StandInSet Generate(CSharpParseOptions parseOptions)
        {
            var roots = new List<StandInType>();
            foreach (SurfaceType type in _byName.Values)
            {
                if (_byName.ContainsKey(type.Container))
                {
                    continue; // nested: emitted with its container
                }

                INamedTypeSymbol host = HostType(type.FullName);
                if (host == null)
                {
                    roots.Add(Build(type, null));
                }
                else if (DeviceShapeDiffers(host, type))
                {
                    roots.Add(Build(type, host));
                }
                else
                {
                    NoteNestedTypesTheHostLacks(type);
                }
            }

            var writer = new StandInWriter(_names, _probe, _notes);
            var trees = roots
                .GroupBy(t => t.Surface.Assembly)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => CSharpSyntaxTree.ParseText(writer.Write(g.Key, g), parseOptions, "StandIns/" + g.Key + ".g.cs"))
                .ToList();
            return new StandInSet(trees, Flatten(roots).ToList(), _notes);
        }

        /// <summary>The host (or shim) type of a dotted device name, trying nested spellings too.</summary>
        private INamedTypeSymbol HostType(string dottedName) => DocIdTypes.NamedType(dottedName, _probe);

        private bool DeviceShapeDiffers(INamedTypeSymbol host, SurfaceType type)
        {
            // Only plain, instantiable library classes are replaced: core, value, interface and static types
            // are woven into the host library (a stand-in would break more binding than it fixes), and
            // source types (the shim) already have the device's shape by design.
            bool replaceable = host.TypeKind == TypeKind.Class && host.SpecialType == SpecialType.None && !host.IsStatic
                && !type.IsInterface && host.Locations.All(l => l.IsInMetadata);
            if (!replaceable)
            {
                return false;
            }

            var hostConstructors = new HashSet<string>(
                host.InstanceConstructors
                    .Where(c => c.DeclaredAccessibility == Accessibility.Public || c.DeclaredAccessibility == Accessibility.Protected)
                    .Select(c => c.GetDocumentationCommentId()),
                StringComparer.Ordinal);
            return type.Members
                .Where(m => !m.IsField && !m.IsStatic && m.Name == ".ctor")
                .Select(m => DocIds.Method(type.FullName, "#ctor", m.Parameters.Select(p => ParameterDocId(p, type))))
                .Any(id => !hostConstructors.Contains(id));
        }

        private string ParameterDocId(string surfaceParameter, SurfaceType context)
        {
            bool byRef = surfaceParameter.StartsWith("ref ", StringComparison.Ordinal);
            string type = byRef ? surfaceParameter.Substring(4) : surfaceParameter;
            string ranks = string.Empty;
            while (type.EndsWith("[]", StringComparison.Ordinal))
            {
                ranks += "[]";
                type = type.Substring(0, type.Length - 2);
            }

            return (_names.FullName(type, context) ?? type) + ranks + (byRef ? "@" : string.Empty);
        }

        private StandInType Build(SurfaceType type, INamedTypeSymbol shadowed)
        {
            StandInKind kind = shadowed != null
                ? (shadowed.IsValueType ? StandInKind.Struct : StandInKind.Class)
                : StandInKinds.Derive(type);
            var standIn = new StandInType(type, kind, shadowed);
            if (kind == StandInKind.Class)
            {
                standIn.BaseType = shadowed != null ? ListedAncestor(shadowed) : BaseByName(type.Name);
            }

            if (kind == StandInKind.Class || kind == StandInKind.Struct)
            {
                if (type.Members.Any(m => !m.IsField && !m.IsStatic && m.Name == "Dispose" && m.Parameters.Count == 0))
                {
                    standIn.Interfaces.Add("global::System.IDisposable");
                }

                if (type.Members.Any(m => !m.IsField && !m.IsStatic && m.Name == "GetEnumerator" && m.Parameters.Count == 0 && m.Type == "IEnumerator"))
                {
                    standIn.Interfaces.Add("global::System.Collections.IEnumerable");
                }
            }

            foreach (SurfaceType nested in _byName.Values.Where(t => t.Container == type.FullName))
            {
                standIn.Nested.Add(Build(nested, null));
            }

            return standIn;
        }

        /// <summary>The nearest host base class that the device list also has (keeps conversions to it).</summary>
        private INamedTypeSymbol ListedAncestor(INamedTypeSymbol host)
        {
            for (INamedTypeSymbol b = host.BaseType; b != null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
            {
                if (_api.Contains(b.GetDocumentationCommentId()))
                {
                    return b;
                }
            }

            return null;
        }

        /// <summary>The surface list has no base types; the naming conventions of .NET stand in for them.</summary>
        private INamedTypeSymbol BaseByName(string name)
        {
            if (name.EndsWith("Exception", StringComparison.Ordinal))
            {
                return _probe.GetTypeByMetadataName("System.Exception");
            }

            if (name.EndsWith("EventArgs", StringComparison.Ordinal))
            {
                return _probe.GetTypeByMetadataName("System.EventArgs");
            }

            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                return _probe.GetTypeByMetadataName("System.Attribute");
            }

            return null;
        }

        private void NoteNestedTypesTheHostLacks(SurfaceType container)
        {
            foreach (SurfaceType nested in _byName.Values.Where(t => t.Container == container.FullName))
            {
                if (HostType(nested.FullName) == null)
                {
                    _notes.Add(nested.FullName + ": not generated (cannot nest a stand-in into host type " + container.FullName + ")");
                }
            }
        }

        private static IEnumerable<StandInType> Flatten(IEnumerable<StandInType> types)
        {
            foreach (StandInType type in types)
            {
                yield return type;
                foreach (StandInType nested in Flatten(type.Nested))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The generated stand-in trees, what they declare, and what could not be generated.</summary>
    public sealed class StandInSet
    {
        public StandInSet(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<StandInType> types, IReadOnlyList<string> notes)
        {
            Trees = trees;
            Types = types;
            Notes = notes;
        }

        public IReadOnlyList<SyntaxTree> Trees { get; }

        public IReadOnlyList<StandInType> Types { get; }

        /// <summary>Members or types skipped, with the reason.</summary>
        public IReadOnlyList<string> Notes { get; }
    }
}
