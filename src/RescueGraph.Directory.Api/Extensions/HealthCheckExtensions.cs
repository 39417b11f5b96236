using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RescueGraph.Directory.Data;

namespace RescueGraph.Directory.Api.Extensions;

/// <summary><c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: and the database does too (503 when not).</summary>
public static class HealthCheckExtensions
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddDirectoryHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    public static WebApplication MapDirectoryHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

/// <summary>A <c>SELECT 1</c> through a pooled context: cheap, and proves the pool can reach the server.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<DirectoryDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The directory database is unreachable.", exception);
        }
    }
}
