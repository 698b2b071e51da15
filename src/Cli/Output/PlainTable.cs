using Spectre.Console;
using Spectre.Console.Rendering;

namespace PracticePlatform.Cli.Output;

/// <summary>
/// An aligned table of plain text cells. Cells are <see cref="Text"/>, never markup, so names and messages that
/// come from the server print as they are, brackets included.
/// </summary>
public static class PlainTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        PlainConsole.Over(output).Write(table);
    }
}
