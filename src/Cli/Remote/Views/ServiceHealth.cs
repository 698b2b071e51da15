namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One service at one second: instances, how many are online and in rotation, load, error share and latency.</summary>
public sealed record ServiceHealth(string Id, int Instances, int Online, int InRotation, double Rps, double ErrorShare, double LatencyMs);
