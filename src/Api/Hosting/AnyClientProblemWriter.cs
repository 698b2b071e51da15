using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Problem details for a client whose Accept header names no JSON type, such as an EventSource or the CLI following a
/// timeline (<c>text/event-stream</c>). ASP.NET Core's own writer declines those, which left a refused stream with an
/// empty body (or "Status Code: 401" as text) and the refusal logged as an unhandled exception; the status alone does
/// not say why. Registered after that writer, so it serves only the requests the other declines.
/// </summary>
internal sealed class AnyClientProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        return new ValueTask(response.WriteAsJsonAsync(problem, json.Value.SerializerOptions.GetTypeInfo(problem.GetType()), ContentType, context.HttpContext.RequestAborted));
    }
}
