using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>The execution timeout ends the request with HotChocolate's HC0045 and cancels the statement in PostgreSQL.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class ExecutionTimeoutTests(DirectoryApiFixture fixture)
{
    private const string ProbeMarker = "rescuegraph-timeout-probe";

    [Fact]
    public async Task A_request_over_the_timeout_gets_HC0045_and_its_database_statement_is_cancelled()
    {
        var slowStatements = new SlowStatementInterceptor();
        await using var host = fixture.Factory.WithSettings(("GraphQL:ExecutionTimeout", "00:00:01")).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                // Every statement the resolvers send is preceded by a 30 s sleep on the same connection: a slow query.
                var options = new DbContextOptionsBuilder<DirectoryDbContext>(
                        DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(fixture.ConnectionString))
                    .AddInterceptors(slowStatements)
                    .Options;
                services.RemoveAll<IDbContextFactory<DirectoryDbContext>>();
                services.AddSingleton<IDbContextFactory<DirectoryDbContext>>(new PooledDbContextFactory<DirectoryDbContext>(options));
            }));
        _ = host.Server;
        // Armed only now: the host's own startup statements (migration check) must not sleep.
        slowStatements.Armed = true;

        var stopwatch = Stopwatch.StartNew();
        var request = host.PostQueryAsync("{ animals(first: 5) { nodes { name } } }");
        Assert.True(await WaitForProbeCountAsync(expected: 1, TimeSpan.FromSeconds(10)), "The slow statement never reached PostgreSQL.");
        var response = await request;
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Equal("HC0045", response.FirstErrorCode);
        Assert.Equal("The request exceeded the configured timeout of `00:00:01`.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
        // The 30 s sleep would still run had only the .NET side given up.
        Assert.True(await WaitForProbeCountAsync(expected: 0, TimeSpan.FromSeconds(5)), "The statement still runs in PostgreSQL after the timeout.");
    }

    private async Task<bool> WaitForProbeCountAsync(int expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%' || @marker || '%'", connection);
            command.Parameters.AddWithValue("marker", ProbeMarker);
            if (Convert.ToInt32(await command.ExecuteScalarAsync()) == expected) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
    }

    private sealed class SlowStatementInterceptor : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!Armed) return result;
            await using var sleep = command.Connection!.CreateCommand();
            sleep.Transaction = command.Transaction;
            sleep.CommandText = $"SELECT pg_sleep(30) /* {ProbeMarker} */";
            // The resolver's token: only if the timeout reaches here does PostgreSQL get a cancel request.
            await sleep.ExecuteNonQueryAsync(cancellationToken);
            return result;
        }
    }
}
