using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// All variable usages are allowed (spec 5.8.5, graphql-js 16 <c>VariablesInAllowedPositionRule</c>): a variable's
/// type must fit every position it is used in, where a nullable variable may fill a non-null position only
/// if the variable or the position has a non-null default. As in graphql-js 16.15, a nullable variable used
/// directly as a field of a OneOf input object is reported here too.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

        public override void Enter(OperationDefinitionNode node) => _variableDefinitions.Clear();

        public override void Enter(VariableDefinitionNode node) => _variableDefinitions[node.Variable.Name.Value] = node;

        public override void Leave(OperationDefinitionNode node)
        {
            var schema = context.Schema;
            var usages = context.GetRecursiveVariableUsages(node);
            for (var i = 0; i < usages.Count; i++)
            {
                var usage = usages[i];
                var variableName = usage.Node.Name.Value;
                if (usage.Type is not { } locationType ||
                    !_variableDefinitions.TryGetValue(variableName, out var definition) ||
                    TypeFromAst.Convert(schema, definition.Type) is not { } variableType)
                    continue;

                if (!IsAllowedUsage(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    context.ReportError(
                        $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        [definition, usage.Node]);
                }

                // graphql-js checks the enclosing type as is: a non-null wrapped OneOf type does not match here.
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOfType && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfType}\".",
                        [definition, usage.Node]);
                }
            }
        }

        /// <summary>
        /// The spec's IsVariableUsageAllowed: a non-null default of the variable, or any default of the
        /// position, lets a nullable variable stand where a non-null value is expected.
        /// </summary>
        private static bool IsAllowedUsage(
            Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
