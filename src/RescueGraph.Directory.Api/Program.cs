using RescueGraph.Directory.Api.Commands;
using RescueGraph.Directory.Api.Extensions;
using RescueGraph.Directory.Api.Hosting;

// No command serves the API; `migrate`, `seed synthetic`, `schema export`, `persisted extract` and `token` live in Commands/.
return await DirectoryCommandLine.RunAsync(args, ServeAsync);

static async Task<int> ServeAsync(ServeArguments arguments, CancellationToken cancellationToken)
{
    var builder = WebApplication.CreateBuilder(arguments.HostArguments);

    // The configured database, or a private PostgreSQL cluster under <repo>/.data, stopped again on exit.
    await using var database = await LocalDatabase.OpenAsync(
        arguments.ConnectionString ?? builder.Configuration.GetConnectionString(LocalDatabase.ConnectionStringName),
        Console.Out, cancellationToken);

    builder.UseDefaultUrl();
    builder.AddDirectoryDatabase(database.ConnectionString);
    builder.AddDirectoryHealthChecks();
    builder.AddDirectoryDatabaseErrors();       // outages answer DATABASE_UNAVAILABLE, other failures no details
    builder.AddDirectoryAuthentication();
    builder.AddDirectoryAccess();
    builder.AddDirectoryGraphQL();              // schema, cost budget, depth/cycle/token/body limits, timeout, introspection
    builder.AddDirectoryPersistedDocuments();
    builder.AddDirectoryRateLimiting();
    builder.AddDirectoryCors();

    await using var app = builder.Build();
    await app.PrepareDirectoryDatabaseAsync(cancellationToken);
    app.UseDirectoryCors();
    app.UseDirectoryAuthentication();
    app.UseDirectoryRateLimiting();             // after authentication: a token's subject names the client
    app.MapDirectoryHealthChecks();
    app.MapDirectoryGraphQL();
    app.AnnounceGraphiQL();

    await app.RunAsync();
    return 0;
}

/// <summary>Entry point type, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the integration tests.</summary>
public partial class Program;
