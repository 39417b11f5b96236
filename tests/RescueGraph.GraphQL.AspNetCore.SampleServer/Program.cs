using RescueGraph.GraphQL.AspNetCore;
using RescueGraph.GraphQL.AspNetCore.SampleServer;

// A minimal host of the GraphQL transport, for the graphql-http audit (run-audit.sh) and manual GraphiQL checks.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGraphQLServer(SampleSchema.Create());

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapGraphQL();
app.Run();
