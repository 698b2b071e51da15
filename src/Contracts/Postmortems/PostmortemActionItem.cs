namespace PracticePlatform.Contracts.Postmortems;

/// <summary>One action item: what to do, who owns it (a participant: their name, and their person id), and whether it is done.</summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemActionItem")]
public sealed record PostmortemActionItem(
    [property: Id(0)] string Text,
    [property: Id(1)] string Owner,
    [property: Id(2)] Guid? OwnerId,
    [property: Id(3)] bool Done);
