using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PracticePlatform.Testing;

/// <summary>Reads what mail senders encode: quoted-printable bodies and RFC 2047 encoded words in headers.</summary>
public static partial class MailDecoding
{
    /// <summary>Decodes a quoted-printable body (soft line breaks joined, <c>=XX</c> bytes read as UTF-8).</summary>
    public static string DecodeQuotedPrintable(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        var text = encoded.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length
                && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>Decodes the <c>=?utf-8?B?...?=</c> and <c>=?utf-8?Q?...?=</c> words of a header value; adjacent words join without space.</summary>
    public static string DecodeHeader(string value)
    {
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, match =>
        {
            var payload = match.Groups["text"].Value;
            var bytes = match.Groups["encoding"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : Encoding.UTF8.GetBytes(DecodeQuotedPrintable(payload.Replace('_', ' ')));
            return Encoding.GetEncoding(match.Groups["charset"].Value).GetString(bytes);
        });
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}
