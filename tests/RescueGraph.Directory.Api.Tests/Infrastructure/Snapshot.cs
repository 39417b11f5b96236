using System.Text;
using Xunit.Sdk;

namespace RescueGraph.Directory.Api.Tests.Infrastructure;

/// <summary>Compares text with a committed snapshot file and fails with a unified-style line diff.</summary>
public static class Snapshot
{
    public static void Match(string snapshotPath, string actual, string howToUpdate)
    {
        Assert.True(File.Exists(snapshotPath), $"Snapshot {snapshotPath} is missing. {howToUpdate}");
        var expected = Normalize(File.ReadAllText(snapshotPath));
        actual = Normalize(actual);
        if (expected == actual) return;
        throw new XunitException(
            $"{snapshotPath} differs from the current output. {howToUpdate}\n" +
            LineDiff.Unified(expected, actual, "committed", "current"));
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');
}

/// <summary>A line diff in unified format (hunks with 3 lines of context), from a longest common subsequence.</summary>
public static class LineDiff
{
    private const int Context = 3;

    private enum Kind { Same, Removed, Added }

    public static string Unified(string expected, string actual, string expectedName, string actualName)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);

        var output = new StringBuilder().Append("--- ").AppendLine(expectedName).Append("+++ ").AppendLine(actualName);
        var index = 0;
        while (index < edits.Count)
        {
            // Find the next change, then extend the hunk while changes are closer than twice the context.
            while (index < edits.Count && edits[index].Kind == Kind.Same) index++;
            if (index == edits.Count) break;
            var start = Math.Max(0, index - Context);
            var end = index;
            var sameRun = 0;
            for (var i = index; i < edits.Count; i++)
            {
                if (edits[i].Kind == Kind.Same)
                {
                    if (++sameRun > 2 * Context) break;
                }
                else
                {
                    sameRun = 0;
                    end = i;
                }
            }
            end = Math.Min(edits.Count - 1, end + Context);

            var (aStart, bStart) = (edits[start].ALine, edits[start].BLine);
            int aCount = 0, bCount = 0;
            for (var i = start; i <= end; i++)
            {
                if (edits[i].Kind != Kind.Added) aCount++;
                if (edits[i].Kind != Kind.Removed) bCount++;
            }
            output.Append("@@ -").Append(aStart + 1).Append(',').Append(aCount)
                .Append(" +").Append(bStart + 1).Append(',').Append(bCount).AppendLine(" @@");
            for (var i = start; i <= end; i++)
            {
                var edit = edits[i];
                output.Append(edit.Kind switch { Kind.Removed => '-', Kind.Added => '+', _ => ' ' })
                    .AppendLine(edit.Kind == Kind.Added ? b[edit.BLine] : a[edit.ALine]);
            }
            index = end + 1;
        }
        return output.ToString();
    }

    private readonly record struct Edit(Kind Kind, int ALine, int BLine);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var edits = new List<Edit>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) edits.Add(new Edit(Kind.Same, x++, y++));
            // Removals before additions, as unified diffs show a changed line.
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(new Edit(Kind.Removed, x++, y));
            else edits.Add(new Edit(Kind.Added, x, y++));
        }
        return edits;
    }
}
