namespace PracticePlatform.Grains.Scenarios;

/// <summary>A scenario uploaded through the API: its YAML as given, who uploaded it and when.</summary>
public sealed record UploadedScenario(string Id, string FileName, string Yaml, string UploadedBy, DateTimeOffset UploadedAt);
