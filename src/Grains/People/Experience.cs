namespace PracticePlatform.Grains.People;

/// <summary>How much incident-response experience a person brings; the roster guidance asks for a mix.</summary>
public enum Experience
{
    Novice,
    Intermediate,
    Experienced,
}
