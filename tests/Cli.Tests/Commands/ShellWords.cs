using System.Text;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>A command line split into words as a POSIX shell would for the documentation's lines: blanks, and double quotes.</summary>
public static class ShellWords
{
    public static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quoted)
        {
            throw new FormatException($"unbalanced double quote in: {line}");
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return [.. words];
    }
}
