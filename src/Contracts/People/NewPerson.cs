namespace PracticePlatform.Contracts.People;

/// <summary>
/// A person to register. <see cref="CanInstigate"/> lets them create sessions, upload scenarios and instigate;
/// only an admin grants it.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewPerson")]
public sealed record NewPerson([property: Id(0)] string Name, [property: Id(1)] string? Email, [property: Id(2)] Experience Experience, [property: Id(3)] Prerequisites Prerequisites, [property: Id(4)] bool CanInstigate, [property: Id(5)] string TokenHash);
