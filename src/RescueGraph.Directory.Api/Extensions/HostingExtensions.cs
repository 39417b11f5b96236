namespace RescueGraph.Directory.Api.Extensions;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c>, ports or Kestrel endpoints say otherwise.</summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }
}
