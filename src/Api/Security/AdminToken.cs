using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Api.Security;

/// <summary>
/// The bootstrap admin token: from <c>PRACTICE_ADMIN_TOKEN</c>, or generated on first start. Only its hash is kept,
/// in the data folder; a generated token is printed once.
/// </summary>
public sealed class AdminToken(SiloOptions silo, IConfiguration configuration)
{
    private string? _hash;

    public string HashFile => Path.Combine(silo.DataFolder, "admin-token.sha256");

    /// <summary>Makes sure an admin token exists; returns the token when it was just generated (to print once).</summary>
    public string? EnsureCreated()
    {
        if (configuration["PRACTICE_ADMIN_TOKEN"] is { Length: > 0 } configured)
        {
            _hash = TokenHash.Of(configured);
            return null;
        }
        if (File.Exists(HashFile))
        {
            _hash = File.ReadAllText(HashFile).Trim();
            return null;
        }
        Directory.CreateDirectory(silo.DataFolder);
        var token = TokenHash.NewToken();
        var temporary = HashFile + ".tmp";
        File.WriteAllText(temporary, TokenHash.Of(token));
        File.Move(temporary, HashFile, overwrite: true);
        _hash = TokenHash.Of(token);
        return token;
    }

    public bool Matches(string token) => _hash is { } hash && TokenHash.Matches(token, hash);
}
