using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>Typed access to arguments and per-request services for code-first resolvers.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>
    /// The argument's coerced value as <typeparamref name="T"/>: scalars and enums as they are, input objects
    /// read into <typeparamref name="T"/> through a converter compiled on first use, lists element by element.
    /// </summary>
    public static T? Argument<T>(this IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? InputValueConverter<T>.Convert(value) : default;

    /// <summary>Whether the caller gave the argument (or it has a default): absent differs from null.</summary>
    public static bool HasArgument(this IResolveFieldContext context, string name) => context.Arguments.ContainsKey(name);

    /// <summary>A per-request service; fails clearly when the host registered none.</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is available to this request.");

    public static T Parent<T>(this IResolveFieldContext context) => (T)context.Source!;
}
