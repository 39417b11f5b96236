using System.Linq.Expressions;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>Replaces one expression node (typically a lambda parameter) by another, to splice reusable lambdas together.</summary>
internal sealed class ExpressionSubstitution : ExpressionVisitor
{
    private readonly Expression _from;
    private readonly Expression _to;

    private ExpressionSubstitution(Expression from, Expression to) => (_from, _to) = (from, to);

    public static Expression Replace(Expression body, Expression from, Expression to) => new ExpressionSubstitution(from, to).Visit(body)!;

    public override Expression? Visit(Expression? node) => node == _from ? _to : base.Visit(node);
}
