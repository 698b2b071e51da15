namespace PracticePlatform.Grains.People;

/// <summary>The person a token hash belongs to.</summary>
public sealed class AccessTokenState
{
    public Guid PersonId { get; set; }
}
