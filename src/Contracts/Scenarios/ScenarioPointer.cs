namespace PracticePlatform.Contracts.Scenarios;

/// <summary>A doc page, man page or source link instigators may point responders to.</summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioPointer")]
public sealed record ScenarioPointer([property: Id(0)] string Kind, [property: Id(1)] string Title, [property: Id(2)] string Url);
