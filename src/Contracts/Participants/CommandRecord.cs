namespace PracticePlatform.Contracts.Participants;

/// <summary>One command a participant ran: when (simulated second, wall time), the line, whether it worked, and its output.</summary>
[GenerateSerializer, Immutable, Alias("practice.CommandRecord")]
public sealed record CommandRecord(long Second, DateTimeOffset WallTime, string CommandLine, bool Ok, string Output);
