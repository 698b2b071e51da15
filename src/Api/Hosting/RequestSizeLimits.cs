using Microsoft.AspNetCore.Http.Features;
using PracticePlatform.Api.Apis;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// API request bodies are small: 64 KiB, or 256 KiB for a scenario upload. A body announced larger is refused at
/// once with 413 problem+json; a chunked one is cut by the server's body size limit.
/// </summary>
internal static class RequestSizeLimits
{
    public const long DefaultMaxBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        var limit = HttpMethods.IsPost(context.Request.Method)
            && (context.Request.Path.Equals("/api/scenarios", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals("/api/scenarios/check", StringComparison.OrdinalIgnoreCase))
            ? ScenariosApi.MaxUploadBytes
            : DefaultMaxBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The request body is {context.Request.ContentLength} bytes; at most {limit} are accepted here.",
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(context);
    });
}
