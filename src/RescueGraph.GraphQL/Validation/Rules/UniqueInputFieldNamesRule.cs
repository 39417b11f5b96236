using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Input object field uniqueness (spec 5.6.3, graphql-js <c>UniqueInputFieldNamesRule</c>): an input object
/// literal names each field at most once. Each nested object literal has its own set of names.
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _enclosingObjects = new();
        private Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

        public override void Enter(ObjectValueNode node)
        {
            _enclosingObjects.Push(_knownNames);
            _knownNames = new Dictionary<string, NameNode>(node.Fields.Count, StringComparer.Ordinal);
        }

        public override void Leave(ObjectValueNode node) => _knownNames = _enclosingObjects.Pop();

        public override void Enter(ObjectFieldNode node)
        {
            var fieldName = node.Name.Value;
            if (_knownNames.TryGetValue(fieldName, out var first))
            {
                context.ReportError(new GraphQLError(
                    $"There can be only one input field named \"{fieldName}\".",
                    ValidationContext.LocationsOf([first, node.Name])));
            }
            else
            {
                _knownNames[fieldName] = node.Name;
            }
        }
    }
}
