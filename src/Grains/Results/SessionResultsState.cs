namespace PracticePlatform.Grains.Results;

/// <summary>The results a <see cref="SessionResultsGrain"/> gathered, with each session's participants.</summary>
public sealed class SessionResultsState
{
    public List<RecordedResult> Results { get; set; } = [];
}
