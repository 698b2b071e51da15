namespace PracticePlatform.Api.Tests.Security;

/// <summary>The session state a matrix call needs to succeed when the caller is allowed.</summary>
internal enum MatrixState
{
    Draft,
    RunningWithoutFault,
    Running,
    Paused,
    Resolved,
    Assessing,
    Debriefed,
    Closed,
}
