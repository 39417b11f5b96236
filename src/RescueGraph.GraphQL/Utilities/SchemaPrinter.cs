using System.Text;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Utilities;

/// <summary>Options of <see cref="SchemaPrinter"/>.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>
    /// Also print directives applied in the schema (e.g. <c>@authorize</c>, <c>@cost</c>) the way HotChocolate
    /// prints them. graphql-js's <c>printSchema</c> prints only <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }
}

/// <summary>Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does (plus optional applied directives).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        var printer = new Printer(options ?? new SchemaPrinterOptions());
        var parts = new List<string>();
        if (printer.SchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
            if (!SpecifiedDirectives.IsSpecified(directive)) parts.Add(printer.Directive(directive));
        foreach (var type in schema.Types)
        {
            if (type is ScalarType { IsSpecifiedScalar: true } || IntrospectionTypes.IsIntrospectionType(type)) continue;
            parts.Add(printer.Type(type));
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type's definition.</summary>
    public static string PrintType(NamedType type, SchemaPrinterOptions? options = null) =>
        new Printer(options ?? new SchemaPrinterOptions()).Type(type);

    private sealed class Printer(SchemaPrinterOptions options)
    {
        /// <summary>Printed structurally by graphql-js, so never repeated as applied directives.</summary>
        private static readonly HashSet<string> StructuralDirectives =
            [SpecifiedDirectives.Deprecated.Name, SpecifiedDirectives.SpecifiedBy.Name, SpecifiedDirectives.OneOf.Name];

        public string? SchemaDefinition(Schema schema)
        {
            var applied = Applied(schema.AppliedDirectives);
            if (schema.Description is null && applied.Length == 0 && HasCommonRootNames(schema)) return null;
            var operations = new List<string>();
            if (schema.Query is not null) operations.Add($"  query: {schema.Query.Name}");
            if (schema.Mutation is not null) operations.Add($"  mutation: {schema.Mutation.Name}");
            if (schema.Subscription is not null) operations.Add($"  subscription: {schema.Subscription.Name}");
            return Description(schema.Description) + "schema" + applied + " {\n" + string.Join("\n", operations) + "\n}";
        }

        private static bool HasCommonRootNames(Schema schema) =>
            (schema.Query is null || schema.Query.Name == "Query") &&
            (schema.Mutation is null || schema.Mutation.Name == "Mutation") &&
            (schema.Subscription is null || schema.Subscription.Name == "Subscription");

        public string Directive(DirectiveDefinition directive) =>
            Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "") +
            Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") +
            " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

        public string Type(NamedType type) => type switch
        {
            ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar) + Applied(scalar.AppliedDirectives),
            ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Applied(obj.AppliedDirectives) + Fields(obj),
            InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Applied(iface.AppliedDirectives) + Fields(iface),
            UnionType union => Description(union.Description) + "union " + union.Name + Applied(union.AppliedDirectives) +
                               (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
            EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType.AppliedDirectives) +
                                 Block(enumType.Values.Select((value, i) =>
                                     Description(value.Description, "  ", i == 0) + "  " + value.Name +
                                     Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives))),
            InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") +
                                     Applied(input.AppliedDirectives) +
                                     Block(input.Fields.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.GetType().Name, "Unexpected type."),
        };

        private static string Implements(FieldsContainerType type) =>
            type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

        private string Fields(FieldsContainerType type) =>
            Block(type.Fields.Select((field, i) =>
                Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type +
                Deprecated(field.DeprecationReason) + Applied(field.AppliedDirectives)));

        private static string Block(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
        }

        private string Arguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation)
        {
            if (arguments.Count == 0) return "";
            // graphql-js prints arguments on one line unless one of them has a description.
            if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
                return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
            return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
                       Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument))) +
                   "\n" + indentation + ")";
        }

        private string InputValue(InputValueDefinition value)
        {
            var declaration = value.Name + ": " + value.Type;
            if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultLiteral)
                declaration += " = " + Language.Printer.Print(defaultLiteral);
            return declaration + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives);
        }

        private static string Deprecated(string? reason) => reason switch
        {
            null => "",
            SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
            _ => " @deprecated(reason: " + StringLiteral(reason) + ")",
        };

        private static string SpecifiedBy(ScalarType scalar) =>
            scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + StringLiteral(scalar.SpecifiedByUrl) + ")";

        private string Applied(IReadOnlyList<AppliedDirective> directives)
        {
            if (!options.IncludeAppliedDirectives || directives.Count == 0) return "";
            var builder = new StringBuilder();
            foreach (var directive in directives)
            {
                if (StructuralDirectives.Contains(directive.Name)) continue;
                builder.Append(" @").Append(directive.Name);
                if (directive.Arguments.Count > 0)
                    builder.Append('(').AppendJoin(", ", directive.Arguments.Select(a => a.Name.Value + ": " + Language.Printer.Print(a.Value))).Append(')');
            }
            return builder.ToString();
        }

        private static string StringLiteral(string value) => Language.Printer.Print(new StringValueNode { Value = value });

        private static string Description(string? description, string indentation = "", bool firstInBlock = true)
        {
            if (description is null) return "";
            var literal = Language.Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintable(description) });
            var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
            return prefix + literal.Replace("\n", "\n" + indentation) + "\n";
        }
    }
}
