namespace PracticePlatform.Contracts.Faults;

/// <summary>The key of a fault grain: the session's id and the fault's id (its inject id).</summary>
public static class FaultKey
{
    public static string Of(Guid sessionId, string faultId) => $"{sessionId:N}/{faultId}";
}
