using System.Net;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests;

public sealed class HealthTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task Health_endpoints_report_healthy_with_a_reachable_database(string path)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_while_live_stays_200_when_the_database_is_unreachable()
    {
        // Port 1 on loopback: nothing listens, so connecting fails at once.
        await using var factory = new DirectoryApiFactory("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", prepareDatabase: false);
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/healthz/ready");
        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
