using System.CommandLine;

namespace RescueGraph.Directory.Api.Commands;

/// <summary>What the serve action needs from the command line.</summary>
/// <param name="ConnectionString">The <c>--connection</c> value, if given.</param>
/// <param name="HostArguments">Tokens meant for the ASP.NET Core host (<c>--urls</c>, <c>--environment</c>, <c>--Key=value</c>).</param>
public sealed record ServeArguments(string? ConnectionString, string[] HostArguments);

/// <summary>
/// The executable's commands: none serves the API; <c>migrate</c>, <c>seed synthetic</c> and <c>schema export</c>
/// maintain the database and the committed SDL, <c>persisted extract</c> stores trusted documents, and <c>token</c>
/// mints a development bearer token. <c>--connection</c> works with all of them.
/// </summary>
public static class DirectoryCommandLine
{
    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "Connection string of the directory database. Default: ConnectionStrings:Directory (e.g. the " +
                      "ConnectionStrings__Directory environment variable); without either, a private PostgreSQL cluster under <repo>/.data/postgres.",
        Recursive = true,
    };

    public static RootCommand Create(Func<ServeArguments, CancellationToken, Task<int>> serve)
    {
        var root = new RootCommand(
            "RescueGraph directory API. Without a command, serves GraphQL (default http://localhost:5080/graphql; --urls to change).")
        {
            // ASP.NET Core host settings (--urls, --environment, --Key=value) pass through to the host.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(ConnectionOption);
        root.SetAction((parseResult, cancellationToken) =>
        {
            var hostArguments = new string[parseResult.UnmatchedTokens.Count];
            for (var i = 0; i < hostArguments.Length; i++) hostArguments[i] = parseResult.UnmatchedTokens[i];
            // A bare word is a mistyped command, not a host setting: say so rather than start the server.
            if (hostArguments.Length > 0 && !hostArguments[0].StartsWith('-'))
            {
                Console.Error.WriteLine($"Unknown command '{hostArguments[0]}'. Run with --help to list the commands.");
                return Task.FromResult(1);
            }
            return serve(new ServeArguments(parseResult.GetValue(ConnectionOption), hostArguments), cancellationToken);
        });
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(PersistedCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; Ctrl+C is left to the ASP.NET Core host, which shuts down gracefully (and stops the private cluster).</summary>
    public static Task<int> RunAsync(string[] args, Func<ServeArguments, CancellationToken, Task<int>> serve) =>
        Create(serve).Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
}
