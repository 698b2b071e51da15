namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// How fast a Code Blue assembled: how many people were paged and joined, and the wall-clock seconds from the page
/// to the first join and to the median join (null while nobody joined).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TimeToAssemble")]
public sealed record TimeToAssemble(
    [property: Id(0)] int Paged,
    [property: Id(1)] int Joined,
    [property: Id(2)] long? FirstJoinSeconds,
    [property: Id(3)] long? MedianJoinSeconds);
