using PracticePlatform.Simulation.Randomness;

namespace PracticePlatform.Simulation.Tests.Randomness;

public sealed class ExactMathTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.001)]
    [InlineData(-0.5)]
    [InlineData(-1)]
    [InlineData(-7.25)]
    [InlineData(-59.9)]
    [InlineData(-300)]
    public void ExpNegative_MatchesMathExp(double x) =>
        Assert.Equal(Math.Exp(x), ExactMath.ExpNegative(x), Math.Exp(x) * 1e-14);

    [Fact]
    public void Power_MatchesMathPow() => Assert.Equal(Math.Pow(0.83, 7), ExactMath.Power(0.83, 7), 1e-15);

    [Fact]
    public void Streams_AreIndependentAndRepeatable()
    {
        var a = new Prng(7, "traffic");
        var b = new Prng(7, "traffic");
        var c = new Prng(7, "faults");

        Assert.Equal(a.NextUInt64(), b.NextUInt64());
        Assert.NotEqual(a.NextUInt64(), c.NextUInt64());
        Assert.Equal(StableHash.Of("manta"), StableHash.Of("manta"));
        Assert.NotEqual(StableHash.Of("manta"), StableHash.Of("mantb"));
    }
}
