using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

/// <summary>A running host of the GraphQL endpoint over <see cref="TestSchema"/>, in memory or on real Kestrel.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, ResolverProbe probe, CapturingLoggerProvider logs)
    {
        _app = app;
        Probe = probe;
        Logs = logs;
    }

    public ResolverProbe Probe { get; }
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The address Kestrel listens on (only for <c>useKestrel: true</c>).</summary>
    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public HttpClient CreateClient() => _app.GetTestClient();

    public static async Task<TestHost> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? configureServices = null,
        bool useKestrel = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (useKestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseTestServer();

        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);

        var probe = new ResolverProbe();
        builder.Services.AddSingleton<GreetingService>();
        builder.Services.AddGraphQLServer(TestSchema.Create(probe), configure);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new TestHost(app, probe, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Keeps every log entry so tests can check what the server reported.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Entries.Enqueue((logLevel, formatter(state, exception), exception));
    }
}
