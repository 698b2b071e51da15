namespace PracticePlatform.Grains.Participants;

/// <summary>One command a participant ran: when (simulated second, wall time), the line, whether it worked, and its output.</summary>
public sealed record CommandRecord(long Second, DateTimeOffset WallTime, string CommandLine, bool Ok, string Output);
