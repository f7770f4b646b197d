using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Turns the short type names of api-surface.txt ("int32", "PinValue", "ref Stream", "byte[]") into
    /// fully qualified C# ("global::System.Int32"), looking first at nested and same-namespace device
    /// types, then at device types elsewhere, then at host types in the namespaces the device API uses.
    /// </summary>
    public sealed class SurfaceTypeNames
    {
        private static readonly Dictionary<string, string> Primitives = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["void"] = "System.Void",
            ["object"] = "System.Object",
            ["string"] = "System.String",
            ["boolean"] = "System.Boolean",
            ["char"] = "System.Char",
            ["byte"] = "System.Byte",
            ["sbyte"] = "System.SByte",
            ["int16"] = "System.Int16",
            ["uint16"] = "System.UInt16",
            ["int32"] = "System.Int32",
            ["uint32"] = "System.UInt32",
            ["int64"] = "System.Int64",
            ["uint64"] = "System.UInt64",
            ["single"] = "System.Single",
            ["double"] = "System.Double",
            ["intptr"] = "System.IntPtr",
            ["uintptr"] = "System.UIntPtr",
        };

        // Host namespaces whose types appear by short name in the device API.
        private static readonly string[] HostNamespaces =
        {
            "System", "System.Collections", "System.IO", "System.Text", "System.Threading", "System.Reflection",
            "System.Net", "System.Net.Sockets", "System.Security.Cryptography.X509Certificates", "System.Runtime.CompilerServices",
            "System.Globalization", "System.Diagnostics",
        };

        private readonly Compilation _probe;
        private readonly HashSet<string> _deviceTypes;
        private readonly ILookup<string, string> _deviceTypesByShortName;

        public SurfaceTypeNames(IEnumerable<SurfaceType> deviceTypes, Compilation probe)
        {
            _probe = probe;
            List<SurfaceType> types = deviceTypes.Where(t => !t.IsGeneric).ToList();
            _deviceTypes = new HashSet<string>(types.Select(t => t.FullName), StringComparer.Ordinal);
            _deviceTypesByShortName = types.ToLookup(t => t.Name, t => t.FullName, StringComparer.Ordinal);
        }

        /// <summary>Dotted full name of a short name used inside <paramref name="context"/>, or null.</summary>
        public string FullName(string shortName, SurfaceType context)
        {
            if (Primitives.TryGetValue(shortName, out string primitive))
            {
                return primitive;
            }

            if (shortName.IndexOf('!') >= 0 || shortName.IndexOf('`') >= 0)
            {
                return null;
            }

            // Inner types, then siblings up the containers (namespace or enclosing types).
            for (string scope = context.FullName; scope.Length > 0; scope = Parent(scope))
            {
                if (_deviceTypes.Contains(scope + "." + shortName))
                {
                    return scope + "." + shortName;
                }
            }

            List<string> elsewhere = _deviceTypesByShortName[shortName].ToList();
            if (elsewhere.Count == 1)
            {
                return elsewhere[0];
            }

            foreach (string ns in HostNamespaces)
            {
                if (_probe.GetTypeByMetadataName(ns + "." + shortName) != null)
                {
                    return ns + "." + shortName;
                }
            }

            return elsewhere.Count > 0 ? elsewhere[0] : null;
        }

        /// <summary>C# text for a surface type: "global::System.Byte[]", "void"; null when it cannot be resolved.</summary>
        public string CSharp(string surfaceType, SurfaceType context)
        {
            string element = surfaceType;
            string ranks = string.Empty;
            while (element.EndsWith("[]", StringComparison.Ordinal))
            {
                ranks += "[]";
                element = element.Substring(0, element.Length - 2);
            }

            if (element == "void" && ranks.Length == 0)
            {
                return "void";
            }

            string full = FullName(element, context);
            return full == null ? null : "global::" + full + ranks;
        }

        /// <summary>C# text of a host type in the same notation, for comparing signatures with host members.</summary>
        public static string CSharp(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_Void)
            {
                return "void";
            }

            return type.ToDisplayString(FullyQualified);
        }

        public static readonly SymbolDisplayFormat FullyQualified = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Included,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        private static string Parent(string dotted)
        {
            int dot = dotted.LastIndexOf('.');
            return dot < 0 ? string.Empty : dotted.Substring(0, dot);
        }
    }
}
