using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using PracticePlatform.Api.Live;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Turns domain and request-reading exceptions into problem+json that names the problem, and a grain call cut by a
/// silo leaving into 503 with Retry-After; anything else stays a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            SessionNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            SessionRuleException => (StatusCodes.Status409Conflict, "Not allowed in the session's state"),
            ParticipantNotAllowedException => (StatusCodes.Status403Forbidden, "Not allowed for this participant"),
            SessionArgumentException => (StatusCodes.Status400BadRequest, "Invalid argument"),
            ScenarioUploadException => (StatusCodes.Status400BadRequest, "Invalid scenario"),
            BadHttpRequestException bad => (bad.StatusCode, "Malformed request"),
            _ when TransientFailure.Is(exception) => (StatusCodes.Status503ServiceUnavailable, "Briefly unavailable"),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }
        var detail = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => $"{exception.Message} {json.Message}",
            _ when status == StatusCodes.Status503ServiceUnavailable =>
                "The silo holding this moved (it stopped or died) and the cluster is placing it on another; retry in a second.",
            _ => exception.Message,
        };
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Extensions = exception is ScenarioUploadException upload ? new Dictionary<string, object?> { ["problems"] = upload.Problems } : new Dictionary<string, object?>(),
            },
        });
    }
}
