using Microsoft.AspNetCore.Authentication;
using RescueGraph.GraphQL.AspNetCore.Authentication;

namespace RescueGraph.Directory.Api.Extensions;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer tokens from <c>Authentication:Jwt</c>: an HS256 <c>SigningKey</c> (development, tests) or an RS256
    /// <c>Authority</c> (production). Without either, every caller is anonymous and every write is refused.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryAuthentication(this WebApplicationBuilder builder)
    {
        var jwt = JwtAuthenticationOptions.FromConfiguration(builder.Configuration);
        if (jwt.SigningKey is null && jwt.Authority is null) return builder;
        builder.Services.AddGraphQLJwtAuthentication(jwt);
        return builder;
    }

    /// <summary>
    /// Signs the caller in before the GraphQL endpoint, so that the policies decided per caller ahead of execution
    /// (cost budget, introspection, persisted-only mode, the rate limit's client) see the token. An invalid token
    /// leaves the caller anonymous here; the GraphQL request is then refused with 401, never run anonymously.
    /// </summary>
    public static WebApplication UseDirectoryAuthentication(this WebApplication app)
    {
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null) app.UseAuthentication();
        return app;
    }
}
