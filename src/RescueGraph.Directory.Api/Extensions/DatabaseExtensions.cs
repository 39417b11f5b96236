using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Migrations;
using RescueGraph.Directory.Data.Seeding;

namespace RescueGraph.Directory.Api.Extensions;

public static class DatabaseExtensions
{
    /// <summary>Configuration switch: whether <c>serve</c> migrates the schema before it listens (default true).</summary>
    public const string MigrateOnStartKey = "Directory:MigrateOnStart";

    /// <summary>Configuration switch: whether <c>serve</c> loads the demo data into an empty database (default true).</summary>
    public const string SeedDemoDataKey = "Directory:SeedDemoData";

    /// <summary>The EF Core model over <paramref name="connectionString"/>: a pooled context factory for resolvers.</summary>
    public static WebApplicationBuilder AddDirectoryDatabase(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddDirectoryData(connectionString);
        return builder;
    }

    /// <summary>
    /// Brings the schema up to date and loads the demo data when the directory is empty, so a newcomer's first
    /// start shows real content; each step can be switched off (e.g. where a deployment job migrates). Both are
    /// no-ops the second time and safe when several instances start together (advisory locks).
    /// </summary>
    public static async Task PrepareDirectoryDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (!app.Configuration.GetValue(MigrateOnStartKey, defaultValue: true)) return;
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var applied = await DirectoryMigrator.MigrateAsync(db, cancellationToken);
        if (applied.Count > 0) app.Logger.LogInformation("Applied database migrations {Versions}", string.Join(", ", applied));

        if (!app.Configuration.GetValue(SeedDemoDataKey, defaultValue: true)) return;
        if (await DemoDataSeeder.SeedIfEmptyAsync(db, cancellationToken))
            app.Logger.LogInformation("Loaded the demo data set into the empty directory database");
    }
}
