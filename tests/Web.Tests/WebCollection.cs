namespace PracticePlatform.Web.Tests;

/// <summary>The browser tests share one host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebSuite>
{
    public const string Name = "web";
}
