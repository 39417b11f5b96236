# syntax=docker/dockerfile:1
# The directory API: built with the .NET SDK (plus Node.js for the GraphiQL assets), run on the ASP.NET Core
# runtime as a non-root user. Configure it through the environment:
#   ConnectionStrings__Directory  PostgreSQL connection string (required in a container: no private cluster here)
#   ASPNETCORE_URLS               listening URLs (default below: http://+:8080)
#   Directory__MigrateOnStart / Directory__SeedDemoData  (both default true)
# Production security settings (README, "Security and limits"):
#   Authentication__Jwt__Authority   RS256 token issuer (its OpenID metadata supplies the keys)
#   Authentication__Jwt__Audience    required token audience; Authentication__Jwt__Issuer optional
#   GraphQL__AllowAnonymousIntrospection=false
#   GraphQL__PersistedDocuments__OnlyPersistedForAnonymous=true   (partner websites send document ids only)
#   GraphQL__Cors__AllowedOrigins__0=https://partner.example       (default: any origin, no credentials)
#   GraphQL__RateLimit__PermitLimit / GraphQL__RateLimit__Window    (default 6000 per 00:01:00 per client)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# RescueGraph.GraphQL.AspNetCore runs `npm ci` during the build to embed GraphiQL (no CDN at run time).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source

# Restore first, from the project files alone, so source edits reuse the cached package layer.
COPY Directory.Build.props ./
COPY src/RescueGraph.GraphQL/RescueGraph.GraphQL.csproj src/RescueGraph.GraphQL/
COPY src/RescueGraph.GraphQL.AspNetCore/RescueGraph.GraphQL.AspNetCore.csproj src/RescueGraph.GraphQL.AspNetCore/
COPY src/RescueGraph.Directory.Data/RescueGraph.Directory.Data.csproj src/RescueGraph.Directory.Data/
COPY src/RescueGraph.LocalPostgres/RescueGraph.LocalPostgres.csproj src/RescueGraph.LocalPostgres/
COPY src/RescueGraph.Directory.Api/RescueGraph.Directory.Api.csproj src/RescueGraph.Directory.Api/
RUN dotnet restore src/RescueGraph.Directory.Api/RescueGraph.Directory.Api.csproj

COPY src/ src/
RUN dotnet publish src/RescueGraph.Directory.Api/RescueGraph.Directory.Api.csproj \
    --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Trusted documents (persisted extract), found at the default GraphQL:PersistedDocuments:Folder.
COPY schema/persisted/ ./schema/persisted/
# Workstation GC comes from the project file (server GC held 100+ MB more on 2 cores for no throughput).
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The image's built-in unprivileged account.
USER $APP_UID
ENTRYPOINT ["dotnet", "RescueGraph.Directory.Api.dll"]
