namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>The test classes sharing one built renderer and its cached renders.</summary>
[CollectionDefinition(Name)]
public sealed class ChartCollection : ICollectionFixture<ChartRenderer>
{
    public const string Name = "chart";
}
