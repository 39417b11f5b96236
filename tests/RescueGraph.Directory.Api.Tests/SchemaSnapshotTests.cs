using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.Directory.Api.Hosting;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests;

public sealed class SchemaSnapshotTests
{
    [Fact]
    public void Committed_schema_matches_the_built_schema()
    {
        var root = RepositoryLayout.FindRootFrom(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Tests must run inside the repository.");
        Snapshot.Match(Path.Combine(root, "schema", "schema.graphql"), DirectorySchema.PrintSdl(DirectorySchema.Build()),
            "If the change is intended, regenerate it: dotnet run --project src/RescueGraph.Directory.Api -- schema export --output schema/schema.graphql");
    }

    [Fact]
    public void Enum_values_are_screaming_snake_case()
    {
        var schema = DirectorySchema.Build();
        var status = (RescueGraph.GraphQL.Types.EnumType)schema.GetType("AnimalStatus")!;
        var names = status.Values.Select(v => v.Name).ToArray();
        Assert.Contains("ADOPTION_PENDING", names);
        Assert.Contains("RETURNED_TO_OWNER", names);
        Assert.NotNull(schema.GetType("RescueCenter"));
    }
}

public sealed class LineDiffTests
{
    [Fact]
    public void Unified_diff_shows_changed_lines_with_context()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"line {i}"));
        var actual = expected.Replace("line 6", "line six").Replace("line 12", "line 12\nline 13");

        var diff = LineDiff.Unified(expected, actual, "committed", "current");

        Assert.Equal(
            """
            --- committed
            +++ current
            @@ -3,10 +3,11 @@
             line 3
             line 4
             line 5
            -line 6
            +line six
             line 7
             line 8
             line 9
             line 10
             line 11
             line 12
            +line 13

            """.ReplaceLineEndings("\n"), diff.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Snapshot_mismatch_fails_with_the_diff()
    {
        var path = Path.Combine(Path.GetTempPath(), $"snapshot-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "a\nb\nc\n");
        try
        {
            Snapshot.Match(path, "a\nb\nc", "update it");
            var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(path, "a\nB\nc", "update it"));
            Assert.Contains("-b\n+B", failure.Message.ReplaceLineEndings("\n"));
            Assert.Contains("update it", failure.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
