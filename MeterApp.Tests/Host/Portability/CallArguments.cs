using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meter.Tests.Portability
{
    /// <summary>The arguments written at a call site, as the overload matcher needs them.</summary>
    public sealed class CallArguments
    {
        private CallArguments(IReadOnlyList<Argument> arguments, bool hasNames)
        {
            Items = arguments;
            HasNames = hasNames;
        }

        public static readonly CallArguments None = new CallArguments(new Argument[0], false);

        public IReadOnlyList<Argument> Items { get; }

        /// <summary>Named arguments are not matched against device overloads (their names are unknown).</summary>
        public bool HasNames { get; }

        public static CallArguments From(BaseArgumentListSyntax list)
        {
            if (list == null)
            {
                return None;
            }

            List<Argument> items = list.Arguments
                .Select(a => new Argument(a.Expression, a.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)))
                .ToList();
            return new CallArguments(items, list.Arguments.Any(a => a.NameColon != null));
        }

        /// <summary>Arguments the compiler passes for the written expressions (collection initializer elements).</summary>
        public static CallArguments FromExpressions(IEnumerable<ExpressionSyntax> expressions)
        {
            return new CallArguments(expressions.Select(e => new Argument(e, false)).ToList(), false);
        }

        public static CallArguments From(AttributeArgumentListSyntax list)
        {
            if (list == null)
            {
                return None;
            }

            // "Name = value" sets a property after construction; only the rest are constructor arguments.
            List<AttributeArgumentSyntax> constructorArguments = list.Arguments.Where(a => a.NameEquals == null).ToList();
            List<Argument> items = constructorArguments.Select(a => new Argument(a.Expression, false)).ToList();
            return new CallArguments(items, constructorArguments.Any(a => a.NameColon != null));
        }

        /// <summary>One written argument.</summary>
        public sealed class Argument
        {
            public Argument(ExpressionSyntax expression, bool byReference)
            {
                Expression = expression;
                ByReference = byReference;
            }

            public ExpressionSyntax Expression { get; }

            public bool ByReference { get; }
        }
    }
}
