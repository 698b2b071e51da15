using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Docs;

/// <summary>
/// One documented request body: its media type and text, with placeholders such as <c>{personId}</c> left in. Read
/// from docs/api.md (a <c>### POST /api/...</c> heading and the first fenced block under it) or from the OpenAPI
/// document (the example on the operation's first request media type); keyed by <c>POST /api/sessions/{id}/speed</c>.
/// </summary>
internal sealed partial record DocumentedExample(string MediaType, string Body)
{
    public bool IsJson => MediaType.Contains("json", StringComparison.Ordinal);

    /// <summary>docs/api.md's examples; a heading without a fenced block after it has an empty body.</summary>
    public static Dictionary<string, DocumentedExample> FromDocs()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", "api.md")).ReplaceLineEndings("\n");
        var examples = new Dictionary<string, DocumentedExample>(StringComparer.Ordinal);
        var headings = DocsHeading().Matches(text);
        for (var i = 0; i < headings.Count; i++)
        {
            // The first fenced block that opens before the next heading (a YAML comment inside it is no heading).
            var start = headings[i].Index + headings[i].Length;
            var next = NextHeading().Match(text, start);
            var block = FencedBlock().Match(text, start);
            var found = block.Success && (!next.Success || block.Index < next.Index);
            examples.Add($"{headings[i].Groups["method"].Value} {headings[i].Groups["path"].Value}", found
                ? new DocumentedExample(block.Groups["language"].Value == "json" ? "application/json" : "application/yaml", block.Groups["body"].Value)
                : new DocumentedExample("", ""));
        }
        return examples;
    }

    /// <summary>Every operation of the OpenAPI document that takes a body, with its example (empty when it has none).</summary>
    public static Dictionary<string, DocumentedExample> FromOpenApi(JsonElement document)
    {
        var examples = new Dictionary<string, DocumentedExample>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object))
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body))
                {
                    continue;
                }
                var (mediaType, media) = body.GetProperty("content").EnumerateObject().Select(c => (c.Name, c.Value)).First();
                var text = !media.TryGetProperty("example", out var example) ? ""
                    : example.ValueKind == JsonValueKind.String && !mediaType.Contains("json", StringComparison.Ordinal) ? example.GetString()!
                    : example.GetRawText();
                examples.Add($"{operation.Name.ToUpperInvariant()} {path.Name}", new DocumentedExample(mediaType, text));
            }
        }
        return examples;
    }

    /// <summary>Whether two examples say the same: equal JSON, or equal text for a scenario file.</summary>
    public bool SaysTheSameAs(DocumentedExample other) =>
        IsJson && other.IsJson
            ? JsonNode.DeepEquals(JsonNode.Parse(Body), JsonNode.Parse(other.Body))
            : IsJson == other.IsJson && Body.ReplaceLineEndings("\n").Trim() == other.Body.ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"^### (?<method>POST|PUT|PATCH) (?<path>/api/\S+)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DocsHeading();

    [GeneratedRegex(@"^#{1,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^```(?<language>json|yaml)\n(?<body>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
