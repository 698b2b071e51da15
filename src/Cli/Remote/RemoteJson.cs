using System.Text.Json;
using System.Text.Json.Serialization;

namespace PracticePlatform.Cli.Remote;

/// <summary>JSON as the API speaks it: camelCase names and enum values, nulls left out of requests.</summary>
public static class RemoteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>For <c>--json</c> output: the server's reply, indented.</summary>
    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>A reply as the record the CLI renders; a reply of another shape is an <see cref="UnexpectedReplyException"/>.</summary>
    public static T Read<T>(JsonElement reply)
    {
        try
        {
            return reply.Deserialize<T>(Options) ?? throw new UnexpectedReplyException($"null where a {typeof(T).Name} was expected");
        }
        catch (JsonException e)
        {
            throw new UnexpectedReplyException($"not a {typeof(T).Name} ({e.Message})");
        }
    }
}
