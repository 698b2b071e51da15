namespace PracticePlatform.Contracts.Sessions;

/// <summary>Whom a status update is written for.</summary>
[GenerateSerializer, Alias("practice.StatusAudience")]
public enum StatusAudience
{
    /// <summary>People inside the company: support, product, executives.</summary>
    Internal,

    /// <summary>Customers, on the (practice) status page.</summary>
    Customers,
}
