namespace PracticePlatform.Cli.Tests;

/// <summary>The tests that run the CLI against a live platform share one host, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformHost>
{
    public const string Name = "platform";
}
