namespace PracticePlatform.Contracts.People;

/// <summary>How much incident-response experience a person brings; the roster guidance asks for a mix.</summary>
[GenerateSerializer, Alias("practice.Experience")]
public enum Experience
{
    Novice,
    Intermediate,
    Experienced,
}
