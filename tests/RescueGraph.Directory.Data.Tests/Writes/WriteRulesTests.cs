using RescueGraph.Directory.Data.Writes;

namespace RescueGraph.Directory.Data.Tests.Writes;

public sealed class WriteRulesTests
{
    [Theory]
    [InlineData("https://example.org/a.jpg", true)]
    [InlineData("http://cdn.example.org/photos/1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("ftp://example.org/a.jpg", false)]
    [InlineData("/relative/a.jpg", false)]
    [InlineData("not a url", false)]
    public void Urls_must_be_absolute_http_or_https(string url, bool valid) => Assert.Equal(valid, WriteRules.HttpUrl(url) is null);

    [Fact]
    public void Urls_longer_than_the_column_are_refused() =>
        Assert.NotNull(WriteRules.HttpUrl("https://example.org/" + new string('a', DirectoryDbContext.UrlLength)));

    [Theory]
    [InlineData("jindo-love-rescue-gimhae", true)]
    [InlineData("a1", true)]
    [InlineData("Jindo", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("with space", false)]
    [InlineData("", false)]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string slug, bool valid) => Assert.Equal(valid, WriteRules.Slug(slug) is null);

    [Theory]
    [InlineData(-90.0, true)]
    [InlineData(90.0, true)]
    [InlineData(90.0001, false)]
    [InlineData(-120.0, false)]
    public void Latitudes_are_within_range(double latitude, bool valid) => Assert.Equal(valid, WriteRules.Latitude(latitude) is null);

    [Theory]
    [InlineData(180.0, true)]
    [InlineData(-180.5, false)]
    public void Longitudes_are_within_range(double longitude, bool valid) => Assert.Equal(valid, WriteRules.Longitude(longitude) is null);

    [Theory]
    [InlineData("KR", true)]
    [InlineData("kr", false)]
    [InlineData("KOR", false)]
    public void Country_codes_are_two_upper_case_letters(string code, bool valid) => Assert.Equal(valid, WriteRules.CountryCode(code) is null);

    [Fact]
    public void Lengths_count_against_the_limit_and_required_values_must_not_be_blank()
    {
        Assert.Null(WriteRules.Length("abc", 3, required: true));
        Assert.NotNull(WriteRules.Length("abcd", 3, required: false));
        Assert.NotNull(WriteRules.Length("   ", 10, required: true));
        Assert.Null(WriteRules.Length("", 10, required: false));
    }

    [Fact]
    public void Times_in_the_future_are_refused_beyond_the_clock_skew()
    {
        var now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Null(WriteRules.NotInFuture(now.AddMinutes(1), now));
        Assert.NotNull(WriteRules.NotInFuture(now.AddHours(1), now));
        Assert.Null(WriteRules.NotInFuture(new DateOnly(2025, 6, 2), now)); // already the 2nd in Korea
        Assert.NotNull(WriteRules.NotInFuture(new DateOnly(2025, 6, 5), now));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    [InlineData(1, true)]
    [InlineData(WriteRules.MaxSignaturesPerRecord, true)]
    [InlineData(WriteRules.MaxSignaturesPerRecord + 1, false)]
    public void Signature_counts_are_positive_and_bounded(int count, bool valid) => Assert.Equal(valid, WriteRules.SignatureCount(count) is null);

    [Fact]
    public void Validation_errors_collect_every_failure_with_its_field()
    {
        var errors = new ValidationErrors();
        Assert.True(errors.Check("name", null));
        Assert.False(errors.Check("slug", "bad"));
        errors.Add("photos[1].url", "bad url");
        Assert.True(errors.Any);
        Assert.Equal(["slug", "photos[1].url"], errors.Failures.Select(f => f.Field));
    }
}
