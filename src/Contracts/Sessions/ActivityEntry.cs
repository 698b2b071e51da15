namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One command a responder ran, as the session's shared activity feed shows it: its number in the feed (from 1, in
/// the order run), when (simulated second, wall time), who, the line, whether it worked, and how many lines it
/// printed. <see cref="Output"/> is what the tool printed to the responder: null in a feed page (ask for the entry
/// by number), and for an entry older than what the responder's history keeps.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ActivityEntry")]
public sealed record ActivityEntry(
    [property: Id(0)] long Number,
    [property: Id(1)] long Second,
    [property: Id(2)] DateTimeOffset WallTime,
    [property: Id(3)] Guid PersonId,
    [property: Id(4)] string Name,
    [property: Id(5)] string CommandLine,
    [property: Id(6)] bool Ok,
    [property: Id(7)] int OutputLines,
    [property: Id(8)] string? Output = null);
