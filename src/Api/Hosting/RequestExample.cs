namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Endpoint metadata: an example request body as sent on the wire (JSON, or a scenario file's YAML), shown in the
/// OpenAPI document by <see cref="RequestExampleTransformer"/> and repeated in docs/api.md. Ids a reader must
/// supply are placeholders in braces, such as <c>{personId}</c>.
/// </summary>
public sealed record RequestExample(string Body);
