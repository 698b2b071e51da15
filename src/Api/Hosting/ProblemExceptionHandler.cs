using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using PracticePlatform.Api.Live;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Turns domain and request-reading exceptions into problem+json that names the problem, and a grain call cut by a
/// silo leaving into 503 with Retry-After; anything else stays a 500. No detail names a .NET type: a body's problem
/// is told by <see cref="JsonBodyProblem"/>, and a parameter by its name alone.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, IOptions<JsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            SessionNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            SessionRuleException => (StatusCodes.Status409Conflict, "Not allowed in the session's state"),
            PostmortemConflictException => (StatusCodes.Status409Conflict, "Edited by someone else"),
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
            BadHttpRequestException { InnerException: JsonException body } =>
                JsonBodyProblem.Describe(body, BodyType(httpContext), json.Value.SerializerOptions),
            BadHttpRequestException when BodyType(httpContext) is { } bodyType && NoBody().IsMatch(exception.Message) =>
                JsonBodyProblem.Absent(bodyType, json.Value.SerializerOptions),
            BadHttpRequestException => ParameterType().Replace(exception.Message, "parameter \"${name}\""),
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
                Extensions = exception switch
                {
                    ScenarioUploadException upload => new Dictionary<string, object?> { ["problems"] = upload.Problems },
                    // What a second editor needs to apply their change again: the version now, who saved it, their text.
                    PostmortemConflictException conflict => new Dictionary<string, object?>
                    {
                        ["currentVersion"] = conflict.Current.Version,
                        ["editedBy"] = conflict.Current.EditedBy,
                        ["editedAt"] = conflict.Current.EditedAt,
                        ["current"] = conflict.Current,
                    },
                    _ => new Dictionary<string, object?>(),
                },
            },
        });
    }

    /// <summary>The endpoint's JSON body type; the exception handler has taken the endpoint off the context and kept it in its feature.</summary>
    private static Type? BodyType(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>ASP.NET Core's binding messages name a parameter as <c>"Type name"</c>; the client knows only the name.</summary>
    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>\w+)""")]
    private static partial Regex ParameterType();

    /// <summary>ASP.NET Core's ways of saying that a request came without the body its endpoint reads.</summary>
    [GeneratedRegex("no body was provided|was not provided from body")]
    private static partial Regex NoBody();
}
