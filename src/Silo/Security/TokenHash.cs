using System.Security.Cryptography;
using System.Text;

namespace PracticePlatform.Silo.Security;

/// <summary>Tokens are stored only as SHA-256 hashes; this makes and compares them.</summary>
public static class TokenHash
{
    public static string Of(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(token)), Encoding.ASCII.GetBytes(hash));

    /// <summary>A new random token: 32 bytes, URL-safe.</summary>
    public static string NewToken() => "pp_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
