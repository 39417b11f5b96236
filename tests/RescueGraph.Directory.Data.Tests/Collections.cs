using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests;

[CollectionDefinition(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class DirectoryDatabaseCollection : ICollectionFixture<DirectoryDatabaseFixture>;
