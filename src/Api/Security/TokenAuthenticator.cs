using System.Security.Claims;
using PracticePlatform.Contracts.People;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Api.Security;

/// <summary>
/// Turns a presented token into a principal: the bootstrap admin token, or a person's personal token found by its
/// hash. Used by the bearer scheme and by the web console's sign-in.
/// </summary>
public sealed class TokenAuthenticator(AdminToken adminToken, IGrainFactory grains)
{
    /// <summary>The principal for <paramref name="token"/>, or null when the token is unknown.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, string scheme)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return null;
        }
        if (adminToken.Matches(token))
        {
            return Principal(scheme, Caller.Admin);
        }
        var hash = TokenHash.Of(token);
        if (await grains.GetGrain<IAccessTokenGrain>(hash).PersonAsync() is not { } personId)
        {
            return null;
        }
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync();
        return Principal(scheme, Caller.Person(person.Id, person.Name, person.CanInstigate));
    }

    private static ClaimsPrincipal Principal(string scheme, Caller caller)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, caller.PersonId?.ToString() ?? Roles.Admin),
            new(ClaimTypes.Name, caller.Name),
            new(ClaimTypes.Role, Roles.Person),
        };
        if (caller.IsAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Admin));
        }
        if (caller.CanInstigate)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Instigator));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
