namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A newly registered person and their personal token, which the server shows this once.</summary>
public sealed record CreatedPerson(PersonView Person, string Token);
