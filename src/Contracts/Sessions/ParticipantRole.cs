namespace PracticePlatform.Contracts.Sessions;

/// <summary>A participant's part in one session.</summary>
[GenerateSerializer, Alias("practice.ParticipantRole")]
public enum ParticipantRole
{
    /// <summary>Induces the outage, may give pointers and hints phrased as questions.</summary>
    Instigator,
    /// <summary>Debugs and restores service, writes the assessment.</summary>
    Responder,
    /// <summary>Watches; cannot act or post.</summary>
    Observer,
}
