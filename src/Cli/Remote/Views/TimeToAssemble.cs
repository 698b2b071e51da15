namespace PracticePlatform.Cli.Remote.Views;

/// <summary>How fast a Code Blue assembled: people paged and joined, seconds from the page to the first and the median join.</summary>
public sealed record TimeToAssemble(int Paged, int Joined, long? FirstJoinSeconds, long? MedianJoinSeconds);
