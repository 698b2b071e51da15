using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// Rate limits per token on the API: a token bucket per bearer token (or session cookie, or client address when
/// anonymous). Configured under <c>Practice:RateLimit</c>: <c>BurstLimit</c> (default 200 requests),
/// <c>TokensPerSecond</c> (default 50). Refusals are 429 problem+json with Retry-After.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddPracticeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Practice:RateLimit");
        var burst = section.GetValue("BurstLimit", 200);
        var perSecond = section.GetValue("TokensPerSecond", 50);
        var period = section.GetValue("ReplenishmentPeriod", TimeSpan.FromSeconds(1));
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = burst,
                        TokensPerPeriod = perSecond,
                        ReplenishmentPeriod = period,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This token may make {burst} requests at once and {perSecond} more every {period.TotalSeconds} s; slow down and retry later.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>The token's hash (never the token), the console cookie's, or the client address.</summary>
    private static string PartitionKey(HttpContext context)
    {
        var credential = context.Request.Headers.Authorization.ToString();
        if (credential.Length == 0)
        {
            credential = context.Request.Cookies[WebConsole.ConsoleSchemes.CookieName] ?? "";
        }
        return credential.Length > 0
            ? "credential:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)))
            : "address:" + context.Connection.RemoteIpAddress;
    }
}
