using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Decides whether a library symbol used by device sources exists on the device: its original
    /// definition's doc ID must be listed, or that of a member it overrides, or the same member declared
    /// on the type it was reached through (the device declares AutoResetEvent.Set where the host inherits
    /// EventWaitHandle.Set), or, for a call, exactly one device overload must accept the arguments.
    /// No generics of any kind exist on the device, listed or not.
    /// </summary>
    public sealed class DeviceApiRules
    {
        private readonly ApiList _api;
        private readonly OverloadMatcher _overloads;

        public DeviceApiRules(ApiList api, Compilation compilation)
        {
            _api = api;
            _overloads = new OverloadMatcher(api, compilation);
        }

        /// <summary>A doc ID the compiler's lowering needs (Monitor.Enter for lock, String.Concat for +).</summary>
        public Verdict Required(string docId, string what)
        {
            return _api.Contains(docId) ? Verdict.Ok(docId, _api.AssemblyOf(docId)) : Verdict.Rejected(docId, what + "; not in device API");
        }

        public IEnumerable<Verdict> Type(ITypeSymbol type)
        {
            switch (type)
            {
                case null:
                case IErrorTypeSymbol _:
                case ITypeParameterSymbol _:
                    yield break;
                case IArrayTypeSymbol array:
                    foreach (Verdict v in Type(array.ElementType))
                    {
                        yield return v;
                    }

                    yield break;
                case IPointerTypeSymbol _:
                case IFunctionPointerTypeSymbol _:
                    yield return Verdict.Rejected(type.ToDisplayString(), "pointer: no unsafe code on the device");
                    yield break;
                case IDynamicTypeSymbol _:
                    yield return Verdict.Rejected("dynamic", "dynamic: no runtime binder on the device");
                    yield break;
                case INamedTypeSymbol named:
                    foreach (Verdict v in NamedType(named))
                    {
                        yield return v;
                    }

                    yield break;
            }
        }

        private IEnumerable<Verdict> NamedType(INamedTypeSymbol type)
        {
            if (type.IsAnonymousType)
            {
                yield return Verdict.Rejected("anonymous type", "anonymous types are generic classes: no generics on the device");
                yield break;
            }

            string docId = type.OriginalDefinition.GetDocumentationCommentId();
            if (IsGeneric(type))
            {
                yield return Verdict.Rejected(docId, type.IsTupleType ? "tuple: ValueTuple is generic, no generics on the device" : "generic type: no generics on the device");
                foreach (ITypeSymbol argument in type.TypeArguments)
                {
                    foreach (Verdict v in Type(argument))
                    {
                        yield return v;
                    }
                }

                yield break;
            }

            yield return _api.Contains(docId) ? Verdict.Ok(docId, _api.AssemblyOf(docId)) : Verdict.Rejected(docId, "type not in device API");
        }

        private static bool IsGeneric(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol t = type; t != null; t = t.ContainingType)
            {
                if (t.TypeParameters.Length > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A field, event, property or method reached through <paramref name="receiver"/> (the static type
        /// left of the dot, or null). <paramref name="call"/> holds the written arguments of a call, else null.
        /// </summary>
        public Verdict Member(ISymbol symbol, ITypeSymbol receiver, CallArguments call, SemanticModel model)
        {
            ISymbol original = Original(symbol);
            string docId = original.GetDocumentationCommentId() ?? "(no doc ID) " + original.ToDisplayString();
            if (original is IMethodSymbol method && method.TypeParameters.Length > 0)
            {
                return Verdict.Rejected(docId, "generic method: no generics on the device");
            }

            if (original.ContainingType != null && IsGeneric(original.ContainingType))
            {
                return Verdict.Rejected(docId, "member of a generic type: no generics on the device");
            }

            foreach (string alternative in Alternatives(original, docId, receiver))
            {
                if (_api.Contains(alternative))
                {
                    return Verdict.Ok(alternative, _api.AssemblyOf(alternative));
                }
            }

            if (original is IMethodSymbol hostMethod && call != null)
            {
                var (candidates, applicable) = _overloads.Match(hostMethod, Owners(original, receiver), call, model);
                if (applicable.Count == 1)
                {
                    return Verdict.Ok(applicable[0], _api.AssemblyOf(applicable[0]));
                }

                if (applicable.Count > 1)
                {
                    return Verdict.Rejected(docId, "host overload; the device compiler would choose among " + string.Join(" | ", applicable));
                }

                if (candidates.Count > 0)
                {
                    return Verdict.Rejected(docId, "host overload; no device overload of " + hostMethod.Name + " accepts these arguments");
                }
            }

            return Verdict.Rejected(docId, "not in device API");
        }

        /// <summary>The accessor the code calls (get or set), looked up through overridden properties.</summary>
        public Verdict Accessor(IPropertySymbol property, bool setter, ITypeSymbol receiver, SemanticModel model)
        {
            for (IPropertySymbol p = property; p != null; p = p.OverriddenProperty)
            {
                IMethodSymbol accessor = setter ? p.SetMethod : p.GetMethod;
                if (accessor != null)
                {
                    return Member(accessor, receiver, null, model);
                }
            }

            return null;
        }

        private static ISymbol Original(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method && method.ReducedFrom != null)
            {
                return method.ReducedFrom.OriginalDefinition;
            }

            return symbol.OriginalDefinition;
        }

        private static IEnumerable<string> Alternatives(ISymbol original, string docId, ITypeSymbol receiver)
        {
            yield return docId;
            for (ISymbol o = Overridden(original); o != null; o = Overridden(o))
            {
                yield return o.OriginalDefinition.GetDocumentationCommentId();
            }

            foreach (INamedTypeSymbol owner in Owners(original, receiver))
            {
                if (SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, original.ContainingType))
                {
                    break;
                }

                string rehomed = DocIds.Rehome(docId, original, owner);
                if (rehomed != null)
                {
                    yield return rehomed;
                }
            }

            // A host property may be a public field on the device (DictionaryEntry.Key), or the reverse.
            string twin = FieldPropertyTwin(original);
            if (twin != null)
            {
                yield return twin;
            }

            // Indexers: the host names some "Chars" (string, StringBuilder), the device "Item", or the reverse.
            if (IsIndexerMember(original))
            {
                foreach (string alternative in new[] { ".Item(", ".Chars(", ".get_Item(", ".get_Chars(", ".set_Item(", ".set_Chars(" })
                {
                    foreach (string from in new[] { ".Item(", ".Chars(", ".get_Item(", ".get_Chars(", ".set_Item(", ".set_Chars(" })
                    {
                        bool sameAccessor = from.StartsWith(".get_", StringComparison.Ordinal) == alternative.StartsWith(".get_", StringComparison.Ordinal)
                            && from.StartsWith(".set_", StringComparison.Ordinal) == alternative.StartsWith(".set_", StringComparison.Ordinal);
                        if (sameAccessor && docId.Contains(from))
                        {
                            yield return docId.Replace(from, alternative);
                        }
                    }
                }
            }
        }

        private static string FieldPropertyTwin(ISymbol symbol)
        {
            string owner = symbol.ContainingType == null ? null : DocIds.TypeName(symbol.ContainingType);
            switch (symbol)
            {
                case IFieldSymbol field:
                    return "P:" + owner + "." + field.Name;
                case IPropertySymbol property when !property.IsIndexer:
                    return "F:" + owner + "." + property.MetadataName;
                case IMethodSymbol accessor when accessor.AssociatedSymbol is IPropertySymbol property && !property.IsIndexer:
                    return "F:" + owner + "." + property.MetadataName;
                default:
                    return null;
            }
        }

        private static bool IsIndexerMember(ISymbol symbol)
        {
            return (symbol is IPropertySymbol p && p.IsIndexer)
                || (symbol is IMethodSymbol m && m.AssociatedSymbol is IPropertySymbol ap && ap.IsIndexer);
        }

        /// <summary>The receiver's type and its bases (or the member's own type and bases without a receiver).</summary>
        private static IEnumerable<INamedTypeSymbol> Owners(ISymbol original, ITypeSymbol receiver)
        {
            if (original is IMethodSymbol method && method.MethodKind == MethodKind.Constructor)
            {
                yield return original.ContainingType; // constructors are not inherited
                yield break;
            }

            ITypeSymbol start = receiver is IArrayTypeSymbol array ? array.BaseType : receiver;
            INamedTypeSymbol first = start as INamedTypeSymbol ?? original.ContainingType;
            for (INamedTypeSymbol t = first; t != null; t = t.BaseType)
            {
                yield return t;
            }
        }

        private static ISymbol Overridden(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol method: return method.OverriddenMethod;
                case IPropertySymbol property: return property.OverriddenProperty;
                case IEventSymbol e: return e.OverriddenEvent;
                default: return null;
            }
        }
    }
}
