using Microsoft.AspNetCore.Http.Features;
using PracticePlatform.Api.Apis;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// API request bodies are small: 64 KiB, or 256 KiB for a scenario upload. A body announced larger is refused at
/// once with 413 problem+json. A body sent without a Content-Length (chunked) is read up to the limit before the
/// endpoint sees it, and refused the same way when it goes past: the endpoint's own body reading would turn the
/// server's cut into a 400 or an aborted request instead.
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
            await RefuseAsync(context, $"The request body is {context.Request.ContentLength} bytes; at most {limit} are accepted here.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            // The server's own limit sits above ours, so that a chunked body past ours is read here and refused as 413.
            feature.MaxRequestBodySize = limit + 1;
        }
        if (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            var buffered = await ReadUpToAsync(context.Request.Body, limit, context.RequestAborted);
            if (buffered is null)
            {
                await RefuseAsync(context, $"The request body (sent without a Content-Length) is over {limit} bytes; at most {limit} are accepted here.");
                return;
            }
            context.Request.Body = buffered;
        }
        await next(context);
    });

    /// <summary>The body in memory, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<MemoryStream?> ReadUpToAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffered = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffered.Length + read > limit)
            {
                await buffered.DisposeAsync();
                return null;
            }
            buffered.Write(chunk, 0, read);
        }
        buffered.Position = 0;
        return buffered;
    }

    private static async Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = detail,
            },
        });
    }
}
