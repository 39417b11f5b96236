using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>
/// The request errors the transport itself reports, each a GraphQL response with one error whose
/// <c>extensions.code</c> names the problem. Fixed ones are built once: responses are immutable.
/// </summary>
internal static class HttpRequestErrors
{
    public const string InvalidJsonCode = "INVALID_JSON";
    public const string InvalidRequestCode = "INVALID_REQUEST";
    public const string QueryMissingCode = "QUERY_MISSING";
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaTypeCode = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptableCode = "NOT_ACCEPTABLE";
    public const string MethodNotAllowedCode = "METHOD_NOT_ALLOWED";
    public const string InternalServerErrorCode = "INTERNAL_SERVER_ERROR";

    public static readonly ExecutionResult QueryMissing =
        Create("The request has no query: send a GraphQL document as the string parameter 'query'.", QueryMissingCode);

    public static readonly ExecutionResult EmptyBody =
        Create("The request body is empty: POST a JSON object such as {\"query\": \"{ __typename }\"}.", InvalidRequestCode);

    public static readonly ExecutionResult BodyNotAnObject =
        Create("The request body must be a JSON object with the parameters query, operationName, variables and extensions.", InvalidRequestCode);

    public static readonly ExecutionResult ContentTypeMissing =
        Create("The request has no Content-Type: POST the parameters as application/json.", UnsupportedMediaTypeCode);

    public static readonly ExecutionResult ContentTypeUnsupported =
        Create("Unsupported Content-Type: POST the parameters as application/json (UTF-8).", UnsupportedMediaTypeCode);

    public static readonly ExecutionResult NotAcceptable =
        Create("The Accept header allows neither application/graphql-response+json nor application/json.", NotAcceptableCode);

    public static readonly ExecutionResult HttpMethodNotAllowed =
        Create("GraphQL requests must use GET (queries only) or POST.", MethodNotAllowedCode);

    public static readonly ExecutionResult GetNotEnabled =
        Create("GraphQL requests must use POST on this server.", MethodNotAllowedCode);

    public static readonly ExecutionResult OperationNotAllowedOverGet =
        Create("Can only perform a query operation from a GET request; use POST for mutations and subscriptions.", MethodNotAllowedCode);

    public static readonly ExecutionResult Internal = Create("Unexpected Execution Error", InternalServerErrorCode);

    public static ExecutionResult BodyTooLarge(long limit) =>
        Create($"The request body is larger than the limit of {limit} bytes.", RequestTooLargeCode);

    public static ExecutionResult QueryStringTooLong(int limit) =>
        Create($"The query string is longer than the limit of {limit} characters; send large requests by POST.", RequestTooLargeCode);

    public static ExecutionResult InvalidJson(string what, string detail) =>
        Create($"{what} is not valid JSON: {detail}", InvalidJsonCode);

    public static ExecutionResult InvalidParameter(string message) => Create(message, InvalidRequestCode);

    public static ExecutionResult Create(string message, string code) =>
        ExecutionResult.FromError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
