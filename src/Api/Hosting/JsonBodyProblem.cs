using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// What is wrong with a JSON request body, in the API's own words: the field by its JSON path and what it takes (an
/// enum's allowed values, a number, a GUID...). System.Text.Json's messages name .NET types instead
/// (<c>PeopleApi+CreatePersonRequest</c>, even when only one field is wrong), so the field's type is found by walking the
/// exception's path through the endpoint's body type, and no message of the serializer's reaches the client unless
/// it is the reader's, which speaks of JSON text only.
/// </summary>
internal static partial class JsonBodyProblem
{
    public static string Describe(JsonException json, Type? bodyType, JsonSerializerOptions options)
    {
        // The reader's own error (the text is not JSON) comes wrapped, with the path, line and position in the message.
        if (json.InnerException is JsonException)
        {
            return $"The request body is not valid JSON: {json.Message}";
        }
        var segments = Segments(json.Path);
        if (UnknownField().Match(json.Message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            var parent = segments.Count > 0 && segments[^1] == name ? segments[..^1] : segments;
            var known = TypeAt(bodyType, parent, options) is { } type && options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info
                ? $"; {Where(parent)} takes {string.Join(", ", info.Properties.Select(p => p.Name))}"
                : "";
            return $"The JSON body has a field '{Field([.. parent, name])}' that this request does not take{known}.";
        }
        if (MissingFields().Match(json.Message) is { Success: true } missing)
        {
            return $"The JSON body lacks required fields: {missing.Groups["names"].Value}.";
        }
        if (segments.Count == 0)
        {
            return bodyType is null ? "The JSON body is not what this request takes." : $"The JSON body must be {Expected(bodyType, options)}.";
        }
        var field = Field(segments);
        var takes = TypeAt(bodyType, segments, options) is { } expected ? $" takes {Expected(expected, options)}" : " has a value it cannot take";
        var notNull = NullRefused().IsMatch(json.Message) ? ", not null" : "";
        return $"In the JSON body, the field '{field}'{takes}{notNull}.";
    }

    /// <summary>A request that came without the body it needs.</summary>
    public static string Absent(Type bodyType, JsonSerializerOptions options) =>
        $"This request needs a JSON body: {Expected(bodyType, options)}.";

    /// <summary>The path's property names and indexes, from <c>$.failedShares['get-object']</c> or <c>$.webhooks[0]</c>.</summary>
    private static List<string> Segments(string? path) =>
        path is null ? [] : [.. PathSegment().Matches(path).Select(m => m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal) : $"[{m.Groups["index"].Value}]")];

    private static string Field(IEnumerable<string> segments) =>
        string.Concat(segments.Select((s, i) => i == 0 || s.StartsWith('[') ? s : "." + s));

    private static string Where(List<string> segments) => segments.Count == 0 ? "the body" : $"'{Field(segments)}'";

    /// <summary>The type the body holds at <paramref name="segments"/>, or null where the path leaves what is known.</summary>
    private static Type? TypeAt(Type? bodyType, IEnumerable<string> segments, JsonSerializerOptions options)
    {
        var type = bodyType;
        foreach (var segment in segments)
        {
            if (type is null)
            {
                return null;
            }
            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            type = info.Kind switch
            {
                JsonTypeInfoKind.Object => info.Properties.FirstOrDefault(p => p.Name == segment)?.PropertyType,
                JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Enumerable => info.ElementType,
                _ => null,
            };
        }
        return type;
    }

    /// <summary>What a value of <paramref name="type"/> looks like in JSON, for people who never saw the .NET side.</summary>
    private static string Expected(Type type, JsonSerializerOptions options)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetValues(plain).Cast<object>().Select(v => JsonSerializer.Serialize(v, plain, options).Trim('"')));
        }
        return Type.GetTypeCode(plain) switch
        {
            TypeCode.String => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.DateTime => "a date and time such as 2026-03-02T14:00:00+01:00",
            _ when plain == typeof(Guid) => "an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            _ when plain == typeof(DateTimeOffset) => "a date and time such as 2026-03-02T14:00:00+01:00",
            _ when plain == typeof(TimeSpan) => "a duration such as 00:05:00",
            _ => Shape(options.GetTypeInfo(plain), options),
        };
    }

    private static string Shape(JsonTypeInfo info, JsonSerializerOptions options) => info.Kind switch
    {
        JsonTypeInfoKind.Dictionary => $"an object whose values are each {Expected(info.ElementType!, options)}",
        JsonTypeInfoKind.Enumerable => $"an array whose items are each {Expected(info.ElementType!, options)}",
        JsonTypeInfoKind.Object => $"an object with the fields {string.Join(", ", info.Properties.Select(p => p.Name))}",
        _ => "a different value",
    };

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex(@"^The JSON property '(?<name>.+?)' could not be mapped")]
    private static partial Regex UnknownField();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"doesn't allow (getting |setting )?null values")]
    private static partial Regex NullRefused();
}
