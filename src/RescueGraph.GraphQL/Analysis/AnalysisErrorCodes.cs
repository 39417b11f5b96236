namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// The <c>extensions.code</c> values of the protective limits, the same codes HotChocolate 14 uses so
/// clients written against HotChocolate recognise them.
/// </summary>
public static class AnalysisErrorCodes
{
    /// <summary>The request ran longer than <c>RequestExecutorOptions.ExecutionTimeout</c>.</summary>
    public const string Timeout = "HC0045";

    /// <summary>Introspection was refused for the current request.</summary>
    public const string IntrospectionNotAllowed = "HC0046";

    /// <summary>The operation's field or type cost exceeds the allowed maximum.</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>A persisted document id that the store does not know.</summary>
    public const string PersistedDocumentNotFound = "HC0020";

    /// <summary>An ad-hoc document where only persisted documents are allowed.</summary>
    public const string OnlyPersistedDocumentsAllowed = "HC0067";

    /// <summary>A <c>@listSize(requireOneSlicingArgument: true)</c> field got none or several slicing arguments.</summary>
    public const string OneSlicingArgumentRequired = "HC0082";

    /// <summary>The same field coordinate nested more often than allowed.</summary>
    public const string MaxCoordinateCycleDepthOverflow = "HC0087";
}
