using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// The IBM cost specification's <c>@cost</c> and <c>@listSize</c> directives, declared with the arguments
/// and descriptions HotChocolate 14 prints (including its non-spec <c>slicingArgumentDefaultValue</c>).
/// </summary>
public static class CostDirectives
{
    public const string CostName = "cost";
    public const string ListSizeName = "listSize";

    public static readonly DirectiveDefinition Cost = new(CostName,
    [
        DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
        DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition,
    ])
    {
        Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. "
            + "Static analysis can use these weights when calculating the overall cost of a query or response.",
        Arguments =
        [
            new ArgumentDefinition("weight", new NonNullType(Scalars.String))
            {
                Description = "The `weight` argument defines what value to add to the overall cost for every appearance, "
                    + "or possible appearance, of a type, field, argument, etc.",
            },
        ],
    };

    public static readonly DirectiveDefinition ListSize = new(ListSizeName, [DirectiveLocation.FieldDefinition])
    {
        Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of "
            + "returned lists (if that information is statically available), or to point the analysis to where to find that information.",
        Arguments =
        [
            new ArgumentDefinition("assumedSize", Scalars.Int)
            {
                Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
            },
            new ArgumentDefinition("slicingArguments", new ListType(new NonNullType(Scalars.String)))
            {
                Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type "
                    + "are slicing arguments, so that their value determines the size of the list returned by that field. "
                    + "It may specify a list of multiple slicing arguments.",
            },
            new ArgumentDefinition("slicingArgumentDefaultValue", Scalars.Int)
            {
                Description = "The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, "
                    + "which is used if the argument is not present in a query.",
            },
            new ArgumentDefinition("sizedFields", new ListType(new NonNullType(Scalars.String)))
            {
                Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a "
                    + "slicing argument does not affect the size of a list returned by a field itself, but that of a list returned "
                    + "by one of its sub-fields.",
            },
            new ArgumentDefinition("requireOneSlicingArgument", new NonNullType(Scalars.Boolean))
            {
                Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should "
                    + "expect that exactly one of the defined slicing arguments is present in a query. If that is not the case "
                    + "(i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
                HasDefaultValue = true,
                DefaultValue = true,
                DefaultValueLiteral = new Language.BooleanValueNode { Value = true },
            },
        ],
    };

    /// <summary>Both definitions, for <c>SchemaBuilder.Directive</c> or an SDL schema's directive list.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Cost, ListSize];
}
