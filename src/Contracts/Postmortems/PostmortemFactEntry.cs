namespace PracticePlatform.Contracts.Postmortems;

/// <summary>One line of a facts block: the simulated second, who (null for the platform) and what.</summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemFactEntry")]
public sealed record PostmortemFactEntry([property: Id(0)] long? Second, [property: Id(1)] string? By, [property: Id(2)] string Text);
