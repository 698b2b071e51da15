namespace PracticePlatform.Grains.Scenarios;

/// <summary>A doc page, man page or source link instigators may point responders to.</summary>
public sealed record ScenarioPointer(string Kind, string Title, string Url);
