namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A cell's services at one second (the request types are left to --json).</summary>
public sealed record CellHealth(long Second, ServiceHealth[] Services);
