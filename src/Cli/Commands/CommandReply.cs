using System.Text.Json;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// Replies that are a command's outcome (a tool, an inject, a revert): the output as a terminal shows it, and
/// exit code 1 when the command failed, as the tool itself would exit non-zero.
/// </summary>
public static class CommandReply
{
    public static int Write(TextWriter output, JsonElement reply, bool json)
    {
        var outcome = RemoteJson.Read<CommandOutcome>(reply);
        if (json)
        {
            JsonOutput.Write(output, reply);
        }
        else if (outcome.Output.Length > 0)
        {
            output.Write(outcome.Output);
            if (!outcome.Output.EndsWith('\n'))
            {
                output.WriteLine();
            }
        }

        return outcome.Ok ? PracticeCli.Success : PracticeCli.Problems;
    }
}
