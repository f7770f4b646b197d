using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// When the host binds an overload the device lacks (string.Format(string, object) where the device has
    /// only Format(string, params object[])), finds which device overloads of the same name would accept
    /// the written arguments: each must convert implicitly (C# standard §12.6.4.2, applicable function
    /// member, in normal or expanded params form, with optional parameters left out). The call is portable
    /// only when exactly one applies; with several, the device compiler may pick a different, lossy one.
    /// </summary>
    public sealed class OverloadMatcher
    {
        private readonly ApiList _api;
        private readonly Compilation _compilation;

        public OverloadMatcher(ApiList api, Compilation compilation)
        {
            _api = api;
            _compilation = compilation;
        }

        /// <summary>Device overloads declared on <paramref name="owners"/> with the host method's name, and which of them apply.</summary>
        public (IReadOnlyList<string> Candidates, IReadOnlyList<string> Applicable) Match(IMethodSymbol hostMethod, IEnumerable<INamedTypeSymbol> owners, CallArguments call, SemanticModel model)
        {
            var candidates = new List<string>();
            var applicable = new List<string>();
            if (call.HasNames || hostMethod.IsExtensionMethod || hostMethod.ReducedFrom != null)
            {
                return (candidates, applicable);
            }

            string name = DocIds.MemberName(hostMethod);
            foreach (INamedTypeSymbol owner in owners)
            {
                string ownerName = DocIds.TypeName(owner);
                foreach (string docId in _api.MethodOverloads(ownerName, name).Where(id => id.IndexOf("``", System.StringComparison.Ordinal) < 0))
                {
                    candidates.Add(docId);
                    IReadOnlyList<(ITypeSymbol Type, bool ByRef)> parameters = DocIdTypes.Parameters(docId, _compilation);
                    IMethodSymbol twin = owner.GetMembers(hostMethod.MetadataName).OfType<IMethodSymbol>().FirstOrDefault(m => m.GetDocumentationCommentId() == docId);
                    if (parameters != null && (Applies(call, parameters, twin, model, false) || Applies(call, parameters, twin, model, true)))
                    {
                        applicable.Add(docId);
                    }
                }
            }

            return (candidates, applicable);
        }

        private static bool Applies(CallArguments call, IReadOnlyList<(ITypeSymbol Type, bool ByRef)> parameters, IMethodSymbol twin, SemanticModel model, bool expanded)
        {
            int n = parameters.Count;
            int m = call.Items.Count;
            if (!expanded)
            {
                if (m > n)
                {
                    return false;
                }

                for (int i = 0; i < n; i++)
                {
                    bool fits = i < m ? Converts(call.Items[i], parameters[i], model) : IsOptional(twin, i);
                    if (!fits)
                    {
                        return false;
                    }
                }

                return true;
            }

            if (n == 0 || m < n - 1 || !(parameters[n - 1].Type is IArrayTypeSymbol array) || array.Rank != 1 || !IsParams(twin, parameters, n - 1))
            {
                return false;
            }

            for (int i = 0; i < m; i++)
            {
                (ITypeSymbol, bool) target = i < n - 1 ? parameters[i] : (array.ElementType, false);
                if (!Converts(call.Items[i], target, model))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Converts(CallArguments.Argument argument, (ITypeSymbol Type, bool ByRef) parameter, SemanticModel model)
        {
            if (argument.ByReference != parameter.ByRef)
            {
                return false;
            }

            if (parameter.ByRef)
            {
                return SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(argument.Expression).Type, parameter.Type);
            }

            return model.ClassifyConversion(argument.Expression, parameter.Type).IsImplicit;
        }

        // The doc ID does not say "params" or "optional"; the host's (or stand-in's) twin of the device
        // overload does. Without a twin, a trailing object[] is taken as params, as in nanoFramework's own API.
        private static bool IsParams(IMethodSymbol twin, IReadOnlyList<(ITypeSymbol Type, bool ByRef)> parameters, int index)
        {
            if (twin != null)
            {
                return twin.Parameters[index].IsParams;
            }

            return parameters[index].Type is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_Object;
        }

        private static bool IsOptional(IMethodSymbol twin, int index)
        {
            return twin != null && twin.Parameters[index].IsOptional;
        }
    }
}
