using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: one error per repeated argument name, at every occurrence.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(FieldNode node) => Check(node.Arguments);

        public override void Enter(DirectiveNode node) => Check(node.Arguments);

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2) return;
            foreach (var (argumentName, nameNodes) in NameGroups.GroupByName(arguments, static argument => argument.Name))
                if (nameNodes.Count > 1)
                    context.ReportError($"There can be only one argument named \"{argumentName}\".", nameNodes);
        }
    }
}
