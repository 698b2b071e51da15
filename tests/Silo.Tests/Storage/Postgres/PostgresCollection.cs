using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>Test classes in this collection share one throwaway PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
