using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class TypeFromAstTests
{
    [Fact]
    public void ResolvesWrappedNamedTypes()
    {
        var type = TypeFromAst.Convert(TestSchema, Parser.ParseType("[Dog!]!"));
        Assert.Equal("[Dog!]!", type?.ToString());
        Assert.Same(TestSchema.GetType("Dog"), type?.GetNamedType());
        Assert.IsType<NonNullType>(type);
    }

    [Fact]
    public void ReturnsNullWhenTheNamedTypeIsUnknown()
    {
        Assert.Null(TypeFromAst.Convert(TestSchema, Parser.ParseType("Unknown")));
        Assert.Null(TypeFromAst.Convert(TestSchema, Parser.ParseType("[[Unknown!]]")));
    }
}
