using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Tests.Model;

public sealed class MetricRingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(0.0005)]
    [InlineData(0.42)]
    [InlineData(1)]
    [InlineData(37.5)]
    [InlineData(16384)]
    [InlineData(250_000)]
    [InlineData(3e9)]
    public void Encoding_KeepsValuesWithinATenthOfAPercent(double value) =>
        Assert.Equal(value, MetricRing.Decode(MetricRing.Encode(value)), Math.Max(0.001, value * 0.001));
}
