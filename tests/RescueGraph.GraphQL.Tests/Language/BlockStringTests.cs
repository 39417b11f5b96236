using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Tests.Language;

public class BlockStringTests
{
    private static string Dedent(params string[] lines) => BlockString.Dedent(lines);

    [Fact]
    public void HandlesEmptyInput()
    {
        Assert.Equal(string.Empty, Dedent());
        Assert.Equal(string.Empty, Dedent(string.Empty));
        Assert.Equal(string.Empty, Dedent("  ", "\t", "    "));
    }

    [Fact]
    public void DoesNotDedentFirstLine()
    {
        Assert.Equal("  a", Dedent("  a"));
        Assert.Equal(" a\nb", Dedent(" a", "  b"));
    }

    [Fact]
    public void RemovesMinimalIndentationFromAllLinesButFirst()
    {
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Dedent(string.Empty, "    Hello,", "      World!", string.Empty, "    Yours,", "      GraphQL."));
        Assert.Equal("first\n  line 1\nline 2", Dedent("first", "    line 1", "  line 2"));
    }

    [Fact]
    public void RemovesLeadingAndTrailingBlankLines()
    {
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Dedent(string.Empty, string.Empty, "Hello,", "  World!", string.Empty, "Yours,", "  GraphQL.", string.Empty, string.Empty));
        Assert.Equal("Hello,", Dedent("   ", "\t ", "  Hello,", "\t", "   "));
    }

    [Fact]
    public void RetainsInternalBlankLinesAndIgnoresBlankLinesForIndent()
    {
        Assert.Equal("Hello,\n\n    \nWorld!", Dedent(string.Empty, "  Hello,", string.Empty, "      ", "  World!"));
        Assert.Equal("first\nline 1\n  line 2", Dedent("first", "  line 1", "    line 2", "            "));
    }

    [Fact]
    public void TreatsTabsAsWhiteSpace() => Assert.Equal("a\nb\n\tc", Dedent("a", "\t\tb", "\t\t\tc"));

    [Fact]
    public void DedentsRawBodiesWithAnyLineTerminator() =>
        Assert.Equal("a\n b\nc", BlockString.DedentRaw("\r\n  a\r   b\n  c\n"));

    [Theory]
    [InlineData("", true)]
    [InlineData("a", true)]
    [InlineData(" a", true)]
    [InlineData("a\n  b", true)]
    [InlineData("\na", false)]
    [InlineData("a\n", false)]
    [InlineData("a\n  ", false)]
    [InlineData(" a\n b", false)]
    [InlineData("a\rb", false)]
    [InlineData("a\u0007b", false)]
    [InlineData("a\"\"\"b", true)]
    public void KnowsWhichStringsSurviveBlockPrinting(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintable(value));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("   space-led string", "\"\"\"   space-led string\"\"\"")]
    [InlineData("   space-led value \"quoted string\"", "\"\"\"   space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"")]
    [InlineData("triple quotes \"\"\"", "\"\"\"\ntriple quotes \\\"\"\"\n\"\"\"")]
    [InlineData("first  \n  line     \nindentation", "\"\"\"\nfirst  \n  line     \nindentation\n\"\"\"")]
    [InlineData("    first  \n  line     \nindentation", "\"\"\"\n    first  \n  line     \nindentation\n\"\"\"")]
    [InlineData("\n  first  \n  line     ", "\"\"\"\n\n  first  \n  line     \n\"\"\"")]
    [InlineData("  first\n  second", "\"\"\"\n  first\n  second\n\"\"\"")]
    public void PrintsLikeGraphQLJs(string value, string printed) => Assert.Equal(printed, BlockString.Print(value));

    [Fact]
    public void PrintsLongSingleLinesOnTheirOwnLine()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value + "\"\"\"", BlockString.Print(value, minimize: true));
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("quote \" slash \\", "\"quote \\\" slash \\\\\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\u0000\u0001\u000B\u001F", "\"\\u0000\\u0001\\u000B\\u001F\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("/ and \U0001F600 stay", "\"/ and \U0001F600 stay\"")]
    public void PrintsStringsLikeGraphQLJs(string value, string printed) => Assert.Equal(printed, StringPrinter.Print(value));
}
