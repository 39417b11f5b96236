using RescueGraph.Directory.Api.Hosting;
using RescueGraph.GraphQL.AspNetCore;

namespace RescueGraph.Directory.Api.Extensions;

public static class PersistedDocumentExtensions
{
    /// <summary>
    /// Trusted documents: requests may send <c>id</c>/<c>documentId</c> (POST or GET) of a document stored in
    /// <c>GraphQL:PersistedDocuments:Folder</c> (written by <c>persisted extract</c>). With
    /// <c>OnlyPersistedForAnonymous</c> (partner websites in production; never in Development), anonymous callers may
    /// send nothing else, while authenticated callers keep ad-hoc documents.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryPersistedDocuments(this WebApplicationBuilder builder)
    {
        var persisted = DirectoryGraphQLSettings.FromConfiguration(builder.Configuration).PersistedDocuments;
        var folder = ResolveFolder(persisted.Folder, builder.Environment.ContentRootPath);
        var onlyPersisted = persisted.OnlyPersistedForAnonymous && !builder.Environment.IsDevelopment();
        builder.Services.AddGraphQLPersistedDocuments(options =>
        {
            options.Folder = folder;
            options.OnlyAllowPersistedDocuments = onlyPersisted;
            options.AllowAdHocDocuments = GraphQLRequestPolicies.IsAuthenticated;
        });
        var cost = DirectoryGraphQLSettings.FromConfiguration(builder.Configuration).Cost;
        builder.Services.AddSingleton<IGraphQLRequestInterceptor>(new TrustedDocumentBudget(GraphQLExtensions.PrivilegedBudget(cost)));
        return builder;
    }

    /// <summary>
    /// A stored document was reviewed when it was extracted and cannot be changed by the caller (only its variables,
    /// and page sizes stay capped at 100), so it runs with the privileged budget: a partner site's 50-animal listing
    /// costs about 2,000 as HotChocolate prices it, over the 1,000 an ad-hoc anonymous document gets.
    /// </summary>
    private sealed class TrustedDocumentBudget(RescueGraph.GraphQL.Analysis.CostLimits budget) : IGraphQLRequestInterceptor
    {
        public ValueTask<RescueGraph.GraphQL.Execution.GraphQLRequest> OnRequestAsync(HttpContext context,
            RescueGraph.GraphQL.Execution.GraphQLRequest request, CancellationToken cancellationToken) =>
            // DocumentId is set here only when the store supplied the text (the transport replaces the query with it).
            new(request.DocumentId is not null && request.CostLimits is null ? request with { CostLimits = budget } : request);
    }

    /// <summary>
    /// A relative folder is taken from the repository root in a checkout (where <c>persisted extract</c> writes it and
    /// <c>dotnet run</c>'s working folder is the project), else from <paramref name="contentRoot"/> (a published image).
    /// </summary>
    public static string ResolveFolder(string folder, string contentRoot) =>
        Path.GetFullPath(folder, RepositoryLayout.FindRoot() ?? contentRoot);
}
