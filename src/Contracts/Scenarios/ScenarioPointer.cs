namespace PracticePlatform.Contracts.Scenarios;

/// <summary>A doc page, man page or source link instigators may point responders to.</summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioPointer")]
public sealed record ScenarioPointer(string Kind, string Title, string Url);
