namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>What one run of the chart renderer printed, and how it ended.</summary>
public sealed record RenderResult(int ExitCode, string Output, string Errors);
