using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Tests.TypeSystem;

public class ExtendedScalarsTests
{
    private static object? Literal(ScalarType scalar, string literal) => scalar.ParseLiteral(Parser.ParseConstValue(literal));

    [Fact]
    public void DateTime_requires_an_offset_and_prints_utc_with_Z()
    {
        var parsed = Assert.IsType<DateTimeOffset>(ExtendedScalars.DateTime.ParseValue("2018-07-27T09:30:00+09:00"));
        Assert.Equal(new DateTimeOffset(2018, 7, 27, 0, 30, 0, TimeSpan.Zero), parsed.ToUniversalTime());
        Assert.Equal("2018-07-27T00:30:00.000Z", ExtendedScalars.DateTime.Serialize(parsed.ToUniversalTime()));
        Assert.Equal("2018-07-27T09:30:00.000+09:00", ExtendedScalars.DateTime.Serialize(parsed));
        Assert.IsType<DateTimeOffset>(Literal(ExtendedScalars.DateTime, "\"2018-07-27T00:30:00.125Z\""));

        var missingOffset = Assert.Throws<GraphQLError>(() => ExtendedScalars.DateTime.ParseValue("2018-07-27T09:30:00"));
        Assert.Contains("DateTime cannot parse", missingOffset.Message);
        Assert.Throws<GraphQLError>(() => Literal(ExtendedScalars.DateTime, "20180727"));
    }

    [Fact]
    public void Date_reads_and_writes_calendar_dates()
    {
        Assert.Equal(new DateOnly(2007, 3, 1), ExtendedScalars.Date.ParseValue("2007-03-01"));
        Assert.Equal("2007-03-01", ExtendedScalars.Date.Serialize(new DateOnly(2007, 3, 1)));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Date.ParseValue("2007-13-01"));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Date.Serialize(42));
    }

    [Fact]
    public void Uuid_and_url_accept_only_their_formats()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal(id, ExtendedScalars.Uuid.ParseValue("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", ExtendedScalars.Uuid.Serialize(id));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Uuid.ParseValue("not-a-uuid"));

        Assert.Equal(new Uri("https://example.org/a"), ExtendedScalars.Url.ParseValue("https://example.org/a"));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Url.ParseValue("/relative/path"));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Url.ParseValue("javascript:alert(1)"));
        Assert.Equal("https://example.org/a", ExtendedScalars.Url.Serialize(new Uri("https://example.org/a")));
    }

    [Fact]
    public void Long_holds_64_bits_and_rejects_fractions()
    {
        Assert.Equal(9_007_199_254_740_993L, Literal(ExtendedScalars.Long, "9007199254740993"));
        Assert.Equal(5_000_000_000L, ExtendedScalars.Long.ParseValue(5_000_000_000L));
        Assert.Throws<GraphQLError>(() => Literal(ExtendedScalars.Long, "1.5"));
        Assert.Throws<GraphQLError>(() => Literal(ExtendedScalars.Long, "99999999999999999999"));
        Assert.Throws<GraphQLError>(() => ExtendedScalars.Long.ParseValue("5"));
    }

    [Fact]
    public void Decimal_keeps_exact_digits()
    {
        Assert.Equal(0.1m, Literal(ExtendedScalars.Decimal, "0.1"));
        Assert.Equal(1000m, Literal(ExtendedScalars.Decimal, "1000"));
        Assert.Equal(12.5m, ExtendedScalars.Decimal.Serialize(12.5m));
        Assert.Throws<GraphQLError>(() => Literal(ExtendedScalars.Decimal, "\"12\""));
    }

    [Fact]
    public void Each_names_its_specification()
    {
        Assert.Equal("https://www.graphql-scalars.com/date-time", ExtendedScalars.DateTime.SpecifiedByUrl);
        Assert.All(ExtendedScalars.All, s => Assert.False(s.IsSpecifiedScalar));
    }
}
