namespace PracticePlatform.Api.Hosting;

/// <summary>Attaches a <see cref="RequestExample"/> to an endpoint that takes a request body.</summary>
public static class RequestExampleConventions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string body) =>
        builder.WithMetadata(new RequestExample(body));
}
