using System.Text.Json;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>The many commands whose reply is the session as it now is print it the same way.</summary>
public static class SessionReply
{
    public static void Write(TextWriter output, JsonElement reply, bool json)
    {
        if (json)
        {
            JsonOutput.Write(output, reply);
        }
        else
        {
            SessionText.Write(output, RemoteJson.Read<SessionView>(reply));
        }
    }
}
