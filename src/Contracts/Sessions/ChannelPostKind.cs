namespace PracticePlatform.Contracts.Sessions;

/// <summary>What a participant posts in the session channel.</summary>
[GenerateSerializer, Alias("practice.ChannelPostKind")]
public enum ChannelPostKind
{
    /// <summary>Responders: talk.</summary>
    Message,
    /// <summary>Responders: ask the instigators for help.</summary>
    HelpRequest,
    /// <summary>Instigators: a link to docs, a man page or source.</summary>
    Pointer,
    /// <summary>Instigators: a hint phrased as a question.</summary>
    Hint,
}
