using System.Text;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Quoted-printable (RFC 2045) for message bodies: UTF-8 text becomes 7-bit lines of at most 76 characters, so any
/// relay carries it unchanged, with or without 8BITMIME, whatever the notification's characters and line lengths.
/// </summary>
public static class QuotedPrintable
{
    private const int MaxLine = 76;

    /// <summary>Encodes <paramref name="text"/>; line breaks (LF or CRLF) stay line breaks (CRLF).</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 16);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append("\r\n");
            }
            EncodeLine(Encoding.UTF8.GetBytes(lines[i]), output);
        }
        return output.ToString();
    }

    private static void EncodeLine(byte[] bytes, StringBuilder output)
    {
        var column = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var last = i == bytes.Length - 1;
            // Printable ASCII stays as it is, except '=' itself; a space or tab stays unless it ends the line,
            // where a relay could strip it.
            var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
            var token = literal ? ((char)b).ToString() : $"={b:X2}";
            // A soft break ('=' at the end of a line) keeps every encoded line within 76 characters.
            if (column + token.Length > MaxLine - (last ? 0 : 1))
            {
                output.Append("=\r\n");
                column = 0;
            }
            output.Append(token);
            column += token.Length;
        }
    }
}
