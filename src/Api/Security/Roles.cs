namespace PracticePlatform.Api.Security;

/// <summary>
/// Role names carried by authenticated principals, also the names of the authorization policies. Per-session roles
/// (instigator, responder, observer of one session) are checked by the session grain, not here.
/// </summary>
public static class Roles
{
    /// <summary>The bootstrap admin.</summary>
    public const string Admin = "admin";

    /// <summary>Anyone signed in: the admin or a registered person.</summary>
    public const string Person = "person";

    /// <summary>A person an admin allowed to create sessions, upload scenarios and instigate (and the admin).</summary>
    public const string Instigator = "instigator";
}
