using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Puts an endpoint's <see cref="RequestExample"/> on each media type of its request body: as JSON for JSON bodies,
/// as a string for the others (a scenario file), so API explorers prefill a body that the endpoint accepts.
/// </summary>
internal sealed class RequestExampleTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault() is not { } example
            || operation.RequestBody?.Content is not { } content)
        {
            return Task.CompletedTask;
        }
        foreach (var (mediaType, media) in content)
        {
            media.Example = mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? JsonNode.Parse(example.Body) : JsonValue.Create(example.Body);
        }
        return Task.CompletedTask;
    }
}
