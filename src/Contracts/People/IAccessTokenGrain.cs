namespace PracticePlatform.Contracts.People;

/// <summary>A personal API token, keyed by its SHA-256 hash (the token itself is never stored); points at its person.</summary>
[Alias("practice.IAccessTokenGrain")]
public interface IAccessTokenGrain : IGrainWithStringKey
{
    /// <summary>Binds the token to its person; refused when the hash is already bound.</summary>
    Task AssignAsync(Guid personId);

    /// <summary>The person the token belongs to, or null for an unknown token.</summary>
    Task<Guid?> PersonAsync();
}
