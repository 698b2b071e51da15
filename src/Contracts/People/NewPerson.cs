namespace PracticePlatform.Contracts.People;

/// <summary>
/// A person to register. <see cref="CanInstigate"/> lets them create sessions, upload scenarios and instigate;
/// only an admin grants it.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewPerson")]
public sealed record NewPerson(string Name, string? Email, Experience Experience, Prerequisites Prerequisites, bool CanInstigate, string TokenHash);
