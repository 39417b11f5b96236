namespace RescueGraph.GraphQL.Validation;

/// <summary>
/// A validation rule (graphql-js <c>ValidationRule</c>): a factory of a visitor that checks one rule
/// while the document is walked. A fresh visitor per validation run lets rules keep per-document state.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
