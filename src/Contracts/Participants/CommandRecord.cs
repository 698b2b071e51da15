namespace PracticePlatform.Contracts.Participants;

/// <summary>One command a participant ran: when (simulated second, wall time), the line, whether it worked, and its output.</summary>
[GenerateSerializer, Immutable, Alias("practice.CommandRecord")]
public sealed record CommandRecord([property: Id(0)] long Second, [property: Id(1)] DateTimeOffset WallTime, [property: Id(2)] string CommandLine, [property: Id(3)] bool Ok, [property: Id(4)] string Output);
