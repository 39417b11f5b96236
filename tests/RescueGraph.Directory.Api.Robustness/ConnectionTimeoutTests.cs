using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using RescueGraph.Directory.Data;

namespace RescueGraph.Directory.Api.Robustness;

/// <summary>The directory's connections fail fast during an outage unless the connection string decides otherwise.</summary>
public sealed class ConnectionTimeoutTests
{
    private static NpgsqlConnectionStringBuilder Configured(string connectionString)
    {
        var options = DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString);
        return new NpgsqlConnectionStringBuilder(options.FindExtension<NpgsqlOptionsExtension>()!.ConnectionString);
    }

    [Fact]
    public void Connect_and_command_timeouts_are_short_by_default_and_pooled_connections_are_not_reset()
    {
        var configured = Configured("Host=127.0.0.1;Port=5432;Username=postgres;Database=rescuegraph");
        Assert.Equal(DirectoryDataServiceCollectionExtensions.ConnectTimeoutSeconds, configured.Timeout);
        Assert.Equal(DirectoryDataServiceCollectionExtensions.CommandTimeoutSeconds, configured.CommandTimeout);
        Assert.True(configured.Timeout < 15, "Npgsql's own default (15 s) would hold a request during an outage.");
        Assert.True(configured.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=h;Timeout=30;Command Timeout=0", 30, 0)]
    [InlineData("Host=h;timeout=12;CommandTimeout=45", 12, 45)]
    public void Timeouts_named_in_the_connection_string_win(string connectionString, int connectTimeout, int commandTimeout)
    {
        var configured = Configured(connectionString);
        Assert.Equal(connectTimeout, configured.Timeout);
        Assert.Equal(commandTimeout, configured.CommandTimeout);
    }

    [Fact]
    public void Statements_are_auto_prepared_unless_the_connection_string_says_otherwise()
    {
        var configured = Configured("Host=127.0.0.1;Username=postgres");
        Assert.Equal(64, configured.MaxAutoPrepare);
        Assert.Equal(2, configured.AutoPrepareMinUsages);

        // Behind a transaction-mode PgBouncer, deployments switch it off.
        Assert.Equal(0, Configured("Host=h;Max Auto Prepare=0").MaxAutoPrepare);
    }

    [Fact]
    public void The_pool_is_sized_to_the_cores_unless_the_connection_string_says_otherwise()
    {
        var configured = Configured("Host=127.0.0.1;Username=postgres");
        Assert.Equal(Environment.ProcessorCount * 2 + 1, configured.MaxPoolSize);
        // Multiplexing cannot cancel a statement in PostgreSQL: the execution timeout relies on cancellation.
        Assert.False(configured.Multiplexing);

        Assert.Equal(40, Configured("Host=h;Maximum Pool Size=40").MaxPoolSize);
        Assert.Equal(40, Configured("Host=h;MaxPoolSize=40").MaxPoolSize);
    }
}
