using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Tests.Validation;

/// <summary>Cases from graphql-js's <c>suggestionList-test</c>, <c>didYouMean-test</c> and <c>naturalCompare-test</c>.</summary>
public sealed class SuggestionsTests
{
    private static string[] Suggest(string input, params string[] options) => [.. Suggestions.SuggestionList(input, options)];

    [Fact]
    public void ReturnsResultsWhenInputIsEmpty() => Assert.Equal(["a"], Suggest("", "a"));

    [Fact]
    public void ReturnsEmptyArrayWhenThereAreNoOptions() => Assert.Empty(Suggest("input"));

    [Fact]
    public void ReturnsOptionsWithSmallLexicalDistance()
    {
        Assert.Equal(["green"], Suggest("greenish", "green"));
        Assert.Equal(["greenish"], Suggest("green", "greenish"));
    }

    [Fact]
    public void RejectsOptionsWithDistanceThatExceedsThreshold()
    {
        Assert.Equal(["aaab"], Suggest("aaaa", "aaab"));
        Assert.Equal(["aabb"], Suggest("aaaa", "aabb"));
        Assert.Empty(Suggest("aaaa", "abbb"));
        Assert.Empty(Suggest("ab", "ca"));
    }

    [Fact]
    public void ReturnsOptionsWithDifferentCase()
    {
        Assert.Equal(["VERYLONGSTRING"], Suggest("verylongstring", "VERYLONGSTRING"));
        Assert.Equal(["verylongstring"], Suggest("VERYLONGSTRING", "verylongstring"));
        Assert.Equal(["VeryLongString"], Suggest("VERYLONGSTRING", "VeryLongString"));
    }

    [Fact]
    public void ReturnsOptionsWithTranspositions()
    {
        Assert.Equal(["arg"], Suggest("agr", "arg"));
        Assert.Equal(["123456789"], Suggest("214365879", "123456789"));
    }

    [Fact]
    public void ReturnsOptionsSortedBasedOnLexicalDistance() =>
        Assert.Equal(["abc", "ab", "a"], Suggest("abc", "a", "ab", "abc"));

    [Fact]
    public void ReturnsOptionsWithTheSameLexicalDistanceSortedNaturally()
    {
        Assert.Equal(["a", "b", "c"], Suggest("a", "b", "c", "a"));
        Assert.Equal(["GraphQL", "graphics"], Suggest("GraphQl", "graphics", "SQL", "GraphQL", "quarks", "mark"));
        Assert.Equal(["item1", "item2", "item10"], Suggest("item", "item10", "item2", "item1"));
    }

    [Fact]
    public void DidYouMeanFormatsZeroToManySuggestions()
    {
        Assert.Equal("", Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"A\"?", Suggestions.DidYouMean(["A"]));
        Assert.Equal(" Did you mean \"A\" or \"B\"?", Suggestions.DidYouMean(["A", "B"]));
        Assert.Equal(" Did you mean \"A\", \"B\", or \"C\"?", Suggestions.DidYouMean(["A", "B", "C"]));
        Assert.Equal(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?", Suggestions.DidYouMean(["A", "B", "C", "D", "E", "F"]));
        Assert.Equal(" Did you mean the letter \"A\"?", Suggestions.DidYouMean("the letter", ["A"]));
    }

    [Fact]
    public void NaturalCompareHandlesNumbersAndText()
    {
        Assert.Equal(0, Suggestions.NaturalCompare("", ""));
        Assert.True(Suggestions.NaturalCompare("a", "b") < 0);
        Assert.True(Suggestions.NaturalCompare("b", "a") > 0);
        Assert.True(Suggestions.NaturalCompare("a", "ab") < 0);
        Assert.True(Suggestions.NaturalCompare("2", "10") < 0);
        Assert.True(Suggestions.NaturalCompare("abc2", "abc10") < 0);
        Assert.True(Suggestions.NaturalCompare("a10b", "a2c") > 0);
        Assert.True(Suggestions.NaturalCompare("00", "0") > 0);
        // A leading zero ends the number, as in graphql-js: "001" reads as 0, 0, 1 and "01" as 0, 1.
        Assert.True(Suggestions.NaturalCompare("001", "01") < 0);
        Assert.True(Suggestions.NaturalCompare("0", "1") < 0);
    }
}
