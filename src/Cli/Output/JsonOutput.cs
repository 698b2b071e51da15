using System.Text.Json;
using PracticePlatform.Cli.Remote;

namespace PracticePlatform.Cli.Output;

/// <summary><c>--json</c>: the server's reply as it came, indented; or, for streams, one compact object per line.</summary>
public static class JsonOutput
{
    public static void Write(TextWriter output, JsonElement reply) =>
        output.WriteLine(JsonSerializer.Serialize(reply, RemoteJson.Indented));

    public static void WriteLine(TextWriter output, JsonElement reply) =>
        output.WriteLine(JsonSerializer.Serialize(reply, RemoteJson.Options));
}
