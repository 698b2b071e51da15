namespace PracticePlatform.Grains.Scenarios;

/// <summary>The catalog's persisted part: uploaded scenarios (built-in ones come from the scenarios folder).</summary>
public sealed class ScenarioCatalogState
{
    public List<UploadedScenario> Uploaded { get; set; } = [];
}
