namespace PracticePlatform.Simulation.Randomness;

/// <summary>
/// The few transcendental functions the tick needs, built from IEEE additions and multiplications only, so results
/// are bit-identical on every machine (Math.Exp and Math.Pow may differ in the last bit between C runtimes).
/// </summary>
internal static class ExactMath
{
    private const double Ln2 = 0.6931471805599453;

    // ln 2 split so that k * Ln2Hi is exact (Cody and Waite): keeps the reduced argument accurate for large |x|.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;

    /// <summary>x to a small non-negative whole power, by repeated multiplication.</summary>
    public static double Power(double x, int n)
    {
        var result = 1.0;
        for (var k = 0; k < n; k++)
        {
            result *= x;
        }

        return result;
    }

    /// <summary>e^x for x ≤ 0 (all the tick needs), by range reduction to [-ln2/2, ln2/2] and a Taylor series.</summary>
    public static double ExpNegative(double x)
    {
        if (x < -700)
        {
            return 0;
        }

        var k = (int)Math.Round(x / Ln2);
        var r = (x - (k * Ln2Hi)) - (k * Ln2Lo);
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 14; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, k);
    }
}
