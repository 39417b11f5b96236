using RescueGraph.GraphQL;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>Field errors for argument values the schema's types accept but the directory does not (a radius of 900 km, an unknown time zone).</summary>
internal static class ArgumentErrors
{
    public const string InvalidArgumentCode = "INVALID_ARGUMENT";

    public static GraphQLError InvalidArgument(string argument, ArgumentException exception)
    {
        // The message without the " (Parameter '…') Actual value was …" that ArgumentException appends.
        var message = exception.Message;
        var appended = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return new GraphQLError(appended > 0 ? message[..appended] : message,
            extensions: new Dictionary<string, object?> { ["code"] = InvalidArgumentCode, ["argument"] = argument });
    }
}
