using System.Security.Claims;
using PracticePlatform.Contracts.People;

namespace PracticePlatform.Api.Security;

/// <summary>Reads the <see cref="Caller"/> back out of an authenticated principal.</summary>
public static class CallerClaims
{
    public static Caller ToCaller(this ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return Caller.Admin;
        }
        var id = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        return Caller.Person(id, user.Identity?.Name ?? "", user.IsInRole(Roles.Instigator));
    }
}
