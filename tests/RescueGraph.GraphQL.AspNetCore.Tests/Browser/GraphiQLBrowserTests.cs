using System.Text.Json;
using System.Text.Json.Nodes;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Browser;

/// <summary>
/// Loads GraphiQL from a real Kestrel server in headless Chromium, runs a query through its editor and
/// checks the rendered result and the schema docs. Fails (never skips) when Chromium is missing.
/// </summary>
[Trait("Category", "Browser")]
public class GraphiQLBrowserTests
{
    private const string ScreenshotPath = "/tmp/graphiql.png";

    [Fact]
    public async Task GraphiQL_runs_a_query_and_shows_the_schema_docs()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var cancellationToken = timeout.Token;
        await using var host = await TestHost.StartAsync(useKestrel: true);
        await using var browser = await HeadlessChromium.LaunchAsync(TimeSpan.FromSeconds(30));
        await using var page = await browser.ConnectToPageAsync(cancellationToken);

        await page.SendAsync("Runtime.enable", null, cancellationToken);
        await page.SendAsync("Page.enable", null, cancellationToken);
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(host.BaseAddress, "/graphql").ToString() }, cancellationToken);

        const string queryEditor = "document.querySelector('.graphiql-query-editor .CodeMirror')";
        await page.WaitForAsync($"!!{queryEditor}", "the GraphiQL query editor", cancellationToken);
        await page.EvaluateAsync($$"""{{queryEditor}}.CodeMirror.setValue('{ hello(name: "GraphiQL") }')""", cancellationToken);
        await page.EvaluateAsync("document.querySelector('button.graphiql-execute-button').click()", cancellationToken);

        const string resultEditor = "document.querySelector('.graphiql-response .CodeMirror')";
        await page.WaitForAsync($"!!{resultEditor} && {resultEditor}.CodeMirror.getValue().includes('Hello, GraphiQL!')",
            "the query result in the response pane", cancellationToken);
        var resultText = (await page.EvaluateAsync($"{resultEditor}.CodeMirror.getValue()", cancellationToken)).GetString()!;
        using (var result = JsonDocument.Parse(resultText))
            Assert.Equal("Hello, GraphiQL!", result.RootElement.GetProperty("data").GetProperty("hello").GetString());
        var renderedText = (await page.EvaluateAsync("document.querySelector('.graphiql-response').innerText", cancellationToken)).GetString()!;
        Assert.Contains("Hello, GraphiQL!", renderedText);

        // The docs explorer lists the root types once introspection has loaded the schema.
        await page.EvaluateAsync("document.querySelector('button[aria-label=\"Show Documentation Explorer\"]').click()", cancellationToken);
        await page.WaitForAsync(
            "(document.querySelector('.graphiql-doc-explorer')?.innerText ?? '').includes('Mutation')",
            "the documentation explorer to show the schema", cancellationToken);
        var docs = (await page.EvaluateAsync("document.querySelector('.graphiql-doc-explorer').innerText", cancellationToken)).GetString()!;
        Assert.Contains("Query", docs);
        Assert.Contains("Mutation", docs);

        var screenshot = await page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken);
        await File.WriteAllBytesAsync(ScreenshotPath, Convert.FromBase64String(screenshot.GetProperty("data").GetString()!), cancellationToken);
        Assert.Empty(page.PageErrors);
    }
}
