using PracticePlatform.Contracts.People;

namespace PracticePlatform.Grains.People;

/// <summary>A person's persisted state: profile, the hash of their personal token, their participations.</summary>
public sealed class PersonState
{
    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public Experience Experience { get; set; }

    public Prerequisites Prerequisites { get; set; } = new(false, false);

    public bool CanInstigate { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<Participation> Participations { get; set; } = [];

    /// <summary>The cohorts the person was made a member of, in the order they joined.</summary>
    public List<Guid> Cohorts { get; set; } = [];

    /// <summary>Scenarios whose secrets the person was shown outside a debrief of their own: they know the answer.</summary>
    public List<string> SecretsSeen { get; set; } = [];
}
