namespace PracticePlatform.Runtime.Calls;

/// <summary>A request that is recorded in the call metrics, under its method's name.</summary>
internal interface IMeasuredRequest
{
    KeyValuePair<string, object?> MethodTag { get; }
}
