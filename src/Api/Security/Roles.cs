namespace PracticePlatform.Api.Security;

/// <summary>Role names carried by authenticated principals.</summary>
public static class Roles
{
    public const string Admin = "admin";
}
