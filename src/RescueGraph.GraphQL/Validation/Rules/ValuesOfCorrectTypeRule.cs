using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type (spec 5.6.1, graphql-js 16 <c>ValuesOfCorrectTypeRule</c>): every literal must be
/// coercible to the input type expected where it appears. Leaf values are checked by the scalar's or
/// enum's own literal parsing; lists and input objects are checked structurally (required fields, unknown
/// fields, OneOf input objects with exactly one non-null field).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(ListValueNode node)
        {
            // TypeInfo has already stepped into the item type, so the list type is the parent input type.
            if (context.GetParentInputType()?.Nullable is not ListType)
            {
                CheckLeafValue(node);
                SkipChildren();
            }
        }

        public override void Enter(ObjectValueNode node)
        {
            if (context.GetInputType()?.GetNamedType() is not InputObjectType type)
            {
                CheckLeafValue(node);
                SkipChildren();
                return;
            }

            var fieldNodes = node.Fields;
            var fieldDefinitions = type.Fields;
            for (var i = 0; i < fieldDefinitions.Count; i++)
            {
                var definition = fieldDefinitions[i];
                if (definition.IsRequired && FindLastField(fieldNodes, definition.Name) is null)
                {
                    context.ReportError(
                        $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
                }
            }

            if (type.IsOneOf) CheckOneOfInputObject(node, type);
        }

        public override void Enter(ObjectFieldNode node)
        {
            if (context.GetInputType() is null && context.GetParentInputType()?.GetNamedType() is InputObjectType parentType)
            {
                var fieldNames = new string[parentType.Fields.Count];
                for (var i = 0; i < fieldNames.Length; i++) fieldNames[i] = parentType.Fields[i].Name;
                context.ReportError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." +
                    Suggestions.DidYouMean(Suggestions.SuggestionList(node.Name.Value, fieldNames)),
                    node);
            }
        }

        public override void Enter(NullValueNode node)
        {
            if (context.GetInputType() is NonNullType type)
                context.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        }

        public override void Enter(EnumValueNode node) => CheckLeafValue(node);
        public override void Enter(IntValueNode node) => CheckLeafValue(node);
        public override void Enter(FloatValueNode node) => CheckLeafValue(node);
        public override void Enter(StringValueNode node) => CheckLeafValue(node);
        public override void Enter(BooleanValueNode node) => CheckLeafValue(node);

        /// <summary>
        /// Any literal may be valid for a scalar, depending on the scalar: its (or the enum's) literal
        /// parsing decides. The error is reported at the full type expected by the position.
        /// </summary>
        private void CheckLeafValue(ValueNode node)
        {
            var locationType = context.GetInputType();
            if (locationType is null) return;

            var type = locationType.GetNamedType();
            if (!type.IsLeafType)
            {
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                return;
            }

            try
            {
                if (type is EnumType enumType) enumType.ParseLiteral(node);
                else ((ScalarType)type).ParseLiteral(node);
            }
            catch (GraphQLError error)
            {
                // Scalars and enums throw without a location; the literal is where the error is.
                context.ReportError(error.Locations.Count != 0 ? error : error.WithLocations(ValidationContext.LocationsOf(node)));
            }
            catch (Exception exception)
            {
                // A custom scalar failing with an ordinary exception: graphql-js wraps its message.
                context.ReportError(new GraphQLError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}",
                    ValidationContext.LocationsOf(node), innerException: exception));
            }
        }

        private void CheckOneOfInputObject(ObjectValueNode node, InputObjectType type)
        {
            var fieldNodes = node.Fields;
            if (CountDistinctNames(fieldNodes) != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }

            var name = fieldNodes[0].Name.Value;
            // With duplicates of the one key, the last one counts (graphql-js keyMap).
            if (FindLastField(fieldNodes, name)!.Value is NullValueNode)
                context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }

        private static ObjectFieldNode? FindLastField(IReadOnlyList<ObjectFieldNode> fields, string name)
        {
            for (var i = fields.Count - 1; i >= 0; i--)
                if (fields[i].Name.Value == name) return fields[i];
            return null;
        }

        private static int CountDistinctNames(IReadOnlyList<ObjectFieldNode> fields)
        {
            if (fields.Count < 2) return fields.Count;
            var names = new HashSet<string>(fields.Count, StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++) names.Add(fields[i].Name.Value);
            return names.Count;
        }
    }
}
