using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.GraphQL.Data.Filtering;

/// <summary>Adds HotChocolate 14's filter input types to the schema: entity filters, list filters, operation inputs.</summary>
internal static class FilterTypes
{
    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>Adds <c>&lt;Name&gt;FilterInput</c> and everything it refers to; returns its name.</summary>
    public static string EnsureEntityFilter(DataCatalog catalog, EntityInfo entity)
    {
        var name = entity.FilterInputName;
        if (!catalog.Claim(name)) return name;

        var fieldTypes = new List<(string Name, string Type)>(entity.Members.Length);
        foreach (var member in entity.Members)
        {
            var type = member.Kind switch
            {
                MemberKind.Scalar => EnsureOperation(catalog, member.Operand!),
                MemberKind.Reference => EnsureEntityFilter(catalog, catalog.GetEntity(member.Target!)),
                _ => EnsureListFilter(catalog, catalog.GetEntity(member.Target!)),
            };
            fieldTypes.Add((member.GraphQLName, type));
        }
        catalog.Schema.InputObject<object>(name, input =>
        {
            input.Field("and", $"[{name}!]");
            input.Field("or", $"[{name}!]");
            foreach (var (fieldName, type) in fieldTypes) input.Field(fieldName, type);
        });
        return name;
    }

    private static string EnsureListFilter(DataCatalog catalog, EntityInfo target)
    {
        var name = target.ListFilterInputName;
        if (!catalog.Claim(name)) return name;
        var elementFilter = EnsureEntityFilter(catalog, target);
        catalog.Schema.InputObject<object>(name, input => input
            .Field("all", elementFilter)
            .Field("none", elementFilter)
            .Field("some", elementFilter)
            .Field("any", "Boolean"));
        return name;
    }

    private static string EnsureOperation(DataCatalog catalog, ScalarOperand operand)
    {
        var name = operand.InputTypeName;
        if (!catalog.Claim(name)) return name;
        var scalar = operand.ScalarName;
        switch (operand.Kind)
        {
            case OperandKind.String:
                catalog.Schema.InputObject<object>(name, input =>
                {
                    input.Field("and", $"[{name}!]").Field("or", $"[{name}!]");
                    input.Field("eq", scalar).Field("neq", scalar).Field("contains", scalar).Field("ncontains", scalar)
                        .Field("in", $"[{scalar}]").Field("nin", $"[{scalar}]")
                        .Field("startsWith", scalar).Field("nstartsWith", scalar).Field("endsWith", scalar).Field("nendsWith", scalar);
                });
                break;
            case OperandKind.Boolean:
                catalog.Schema.InputObject<object>(name, input => input.Field("eq", scalar).Field("neq", scalar));
                break;
            case OperandKind.Enum:
                // Typed from a CLR shape so the enum resolves by CLR type, however the host named or registered it.
                typeof(FilterTypes).GetMethod(nameof(AddEnumOperation), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(operand.Underlying).Invoke(null, [catalog.Schema, name]);
                break;
            default:
                catalog.Schema.InputObject<object>(name, input =>
                {
                    foreach (var operation in ComparableOperations)
                        input.Field(operation, operation is "in" or "nin" ? $"[{scalar}]" : scalar);
                });
                break;
        }
        return name;
    }

    private static void AddEnumOperation<TEnum>(SchemaBuilder schema, string name) where TEnum : struct, Enum =>
        schema.InputObject<EnumOperationShape<TEnum>>(name, input => input
            .Field("eq", x => x.Eq)
            .Field("neq", x => x.Neq)
            .Field("in", x => x.In)
            .Field("nin", x => x.Nin));

    /// <summary>Only describes the GraphQL shape (<c>eq: E, in: [E!]</c>); values arrive as coerced maps.</summary>
    private sealed class EnumOperationShape<TEnum> where TEnum : struct, Enum
    {
        public TEnum? Eq { get; set; }
        public TEnum? Neq { get; set; }
        public List<TEnum>? In { get; set; }
        public List<TEnum>? Nin { get; set; }
    }
}
