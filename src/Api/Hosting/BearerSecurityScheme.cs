using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Declares the personal or admin token in the OpenAPI document: an HTTP bearer scheme that every <c>/api</c>
/// operation requires, so generated clients and API explorers send <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public const string Name = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "PracticePlatform API";
        document.Info.Description = "Practice incident response: scenarios, people, cohorts and sessions. Errors are application/problem+json.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A person's personal token (answered once by POST /api/people) or the bootstrap admin token.",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }
            foreach (var operation in item.Operations.Values)
            {
                operation.Security = [requirement];
            }
        }
        return Task.CompletedTask;
    }
}
