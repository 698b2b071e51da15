namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// When a surprise start may fall: Monday to Friday from <see cref="From"/> until <see cref="To"/> local time in
/// <see cref="TimeZone"/> (an IANA id such as Europe/Berlin), so a practice never pages people at night.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.BusinessHours")]
public sealed record BusinessHours([property: Id(0)] TimeSpan From, [property: Id(1)] TimeSpan To, [property: Id(2)] string TimeZone);
