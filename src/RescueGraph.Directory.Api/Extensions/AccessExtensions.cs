using Microsoft.Extensions.DependencyInjection.Extensions;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.GraphQL.AspNetCore;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.Directory.Api.Extensions;

public static class AccessExtensions
{
    /// <summary>
    /// Who the caller is (roles, partner organizations) and what rows and fields that lets it see: the
    /// <see cref="DirectoryAccessInterceptor"/> (after the JWT one, which <c>AddDirectoryAuthentication</c> registers
    /// first) and the <c>OrganizationStaff</c> policy behind private fields.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryAccess(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphQLRequestInterceptor, DirectoryAccessInterceptor>());
        DirectoryPolicies(builder.Services).Add(PrivateFields.OrganizationStaffPolicy, PrivateFields.IsOrganizationStaffAsync);
        return builder;
    }

    /// <summary>The host's policy set: the one already registered (policies of other features) or a new one.</summary>
    private static AuthorizationPolicies DirectoryPolicies(IServiceCollection services)
    {
        foreach (var descriptor in services)
            if (descriptor.ServiceType == typeof(AuthorizationPolicies) && descriptor.ImplementationInstance is AuthorizationPolicies existing)
                return existing;
        var policies = new AuthorizationPolicies();
        services.AddSingleton(policies);
        return policies;
    }
}
