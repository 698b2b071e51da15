namespace PracticePlatform.Cli.Output;

/// <summary>
/// A table as aligned columns of plain text under a header row, two spaces apart, no borders, no wrapping and no
/// trailing spaces: it reads well in a terminal and greps and cuts well in a pipe. Cells print as they are.
/// </summary>
public static class PlainTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        IReadOnlyList<string>[] lines = [headers, .. rows.Select(row => row.Select(Flatten).ToArray())];
        var widths = headers.Select((_, column) => lines.Max(line => column < line.Count ? line[column].Length : 0)).ToArray();
        foreach (var line in lines)
        {
            var cells = line.Select((cell, column) => column == line.Count - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>A cell is one line, so rows stay rows.</summary>
    private static string Flatten(string cell) => cell.ReplaceLineEndings(" ");
}
