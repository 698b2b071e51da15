namespace PracticePlatform.Testing;

/// <summary>How a <see cref="WebhookReceiver"/> answers the requests it receives (it records them in every mode).</summary>
public enum WebhookReceiverMode
{
    /// <summary>200 OK, like a healthy Slack webhook.</summary>
    Accept,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>404 Not Found with body <c>no_service</c>, as Slack answers for a webhook that was removed.</summary>
    Rejected,

    /// <summary>Reads the request and never answers, holding the connection open until the receiver is disposed.</summary>
    Silent,
}
