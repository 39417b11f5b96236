namespace RescueGraph.Directory.Api.Extensions;

public static class AccessExtensions
{
    /// <summary>Who the caller is (roles, partner organizations) and what rows and fields that lets it see.</summary>
    public static WebApplicationBuilder AddDirectoryAccess(this WebApplicationBuilder builder)
    {
        // Filled in by the access work (issue 6): caller resolution, row visibility, private-field policies.
        return builder;
    }
}
