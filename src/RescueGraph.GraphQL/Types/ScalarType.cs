using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>
/// A scalar type with the three coercions of spec section 3.5: result coercion (<see cref="Serialize"/>),
/// input coercion of variable values (<see cref="ParseValue"/>) and of literals (<see cref="ParseLiteral"/>).
/// Each throws <see cref="GraphQLError"/> with a message saying what could not be represented.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The URL of a specification of this scalar's format (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Internal value → value written to the response (string, bool, int, long, double, decimal, or JSON-like lists and maps).</summary>
    public abstract object? Serialize(object value);

    /// <summary>Variable value (JSON-like: string, bool, long, double, lists, maps) → internal value.</summary>
    public abstract object? ParseValue(object value);

    /// <summary>Literal in the document → internal value. Variables inside the literal are already known to be absent for built-ins.</summary>
    public abstract object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Whether this is one of the spec's five built-in scalars (which printed schemas omit).</summary>
    public bool IsSpecifiedScalar =>
        ReferenceEquals(this, Scalars.Int) || ReferenceEquals(this, Scalars.Float) || ReferenceEquals(this, Scalars.String) ||
        ReferenceEquals(this, Scalars.Boolean) || ReferenceEquals(this, Scalars.ID);
}

/// <summary>
/// A scalar defined in SDL without an implementation (graphql-js <c>buildSchema</c>): values pass through
/// unchanged and literals become their JSON-like value, exactly as graphql-js's identity coercions do.
/// </summary>
public sealed class PassThroughScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : ScalarType(name, description, specifiedByUrl)
{
    public override object? Serialize(object value) => value;
    public override object? ParseValue(object value) => value;
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        LiteralValues.ToPlainValue(literal, variables);
}
