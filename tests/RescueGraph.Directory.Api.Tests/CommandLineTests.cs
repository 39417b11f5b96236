using System.CommandLine;
using Npgsql;
using RescueGraph.Directory.Api.Commands;
using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.Directory.Data.Migrations;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>The maintenance commands, run in-process through the same command line the executable parses.</summary>
public sealed class CommandLineTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly Func<ServeArguments, CancellationToken, Task<int>> ServeNotExpected =
        (_, _) => throw new InvalidOperationException("The command line must not start the server here.");

    [Fact]
    public async Task Migrate_twice_applies_the_scripts_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        Assert.Equal(0, await DirectoryCommandLine.RunAsync(["migrate", "--connection", connectionString], ServeNotExpected));
        var applied = await DirectoryMigrator.GetAppliedVersionsAsync(connectionString);
        var tablesAfterFirst = await CountTablesAsync(connectionString);

        Assert.Equal(0, await DirectoryCommandLine.RunAsync(["migrate", "--connection", connectionString], ServeNotExpected));

        Assert.Equal(DirectoryMigrator.Scripts.Select(s => s.Version), applied);
        Assert.Equal(applied, await DirectoryMigrator.GetAppliedVersionsAsync(connectionString));
        Assert.Equal(tablesAfterFirst, await CountTablesAsync(connectionString));
        Assert.True(tablesAfterFirst > 10);
    }

    [Fact]
    public async Task Schema_export_writes_the_printed_schema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rescuegraph-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            Assert.Equal(0, await DirectoryCommandLine.RunAsync(["schema", "export", "--output", path], ServeNotExpected));
            Assert.Equal(DirectorySchema.PrintSdl(DirectorySchema.Build()), await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task No_command_serves_and_passes_host_settings_and_connection_through()
    {
        ServeArguments? received = null;
        var exitCode = await DirectoryCommandLine.RunAsync(["--connection", "Host=db", "--urls", "http://localhost:6000", "--environment=Staging"],
            (arguments, _) =>
            {
                received = arguments;
                return Task.FromResult(0);
            });

        Assert.Equal(0, exitCode);
        Assert.NotNull(received);
        Assert.Equal("Host=db", received.ConnectionString);
        Assert.Equal(["--urls", "http://localhost:6000", "--environment=Staging"], received.HostArguments);
    }

    [Fact]
    public async Task A_mistyped_command_fails_instead_of_serving()
    {
        Assert.Equal(1, await DirectoryCommandLine.RunAsync(["migrat"], ServeNotExpected));
    }

    [Fact]
    public void Seed_synthetic_requires_a_positive_animal_count()
    {
        var root = DirectoryCommandLine.Create(ServeNotExpected);
        Assert.NotEmpty(root.Parse(["seed", "synthetic"]).Errors);
        Assert.NotEmpty(root.Parse(["seed", "synthetic", "--animals", "0"]).Errors);
        var valid = root.Parse(["seed", "synthetic", "--animals", "1000", "--seed", "7", "--connection", "Host=db"]);
        Assert.Empty(valid.Errors);
        Assert.Equal("Host=db", valid.GetValue(DirectoryCommandLine.ConnectionOption));
    }

    private static async Task<long> CountTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
