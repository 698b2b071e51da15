namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A responder's status update: number, audience (internal, customers), text, next update promised in minutes, by whom, when.</summary>
public sealed record StatusUpdate(int Number, string Audience, string Text, int NextUpdateInMinutes, string By, long Second, DateTimeOffset WallTime);
