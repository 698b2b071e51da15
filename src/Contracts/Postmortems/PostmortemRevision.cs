namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// One saved change of a section: the version it made, who saved it and when, and the section's text before and
/// after (action items as Markdown checklist lines). <see cref="Before"/> is null when the revision before it was
/// dropped from the history.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemRevision")]
public sealed record PostmortemRevision(
    [property: Id(0)] int Version,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Before,
    [property: Id(4)] string After);
