namespace MinerCapex.Analytics;

/// <summary>
/// Asymptotic critical values of Bai and Perron's sup-F(ℓ+1|ℓ) test with trimming ε = 0.15, for q = 1..10 regressors
/// whose coefficients break and ℓ = 0..9 breaks under the null: Bai and Perron (2003), "Critical values for multiple
/// structural change tests", <i>Econometrics Journal</i> 6, 72–78, the sup-F(ℓ+1|ℓ) table for ε = 0.15 (the values
/// the authors distribute with their code; EViews quotes them as "Bai-Perron (Econometric Journal, 2003) critical
/// values"). For ℓ = 0 the test is sup-F(1), e.g. 16.19 at 5% for q = 4.
/// </summary>
/// <remarks>
/// The values are on the scale of the Wald statistic (the F statistic times q), the scale of <see cref="NextBreakTest.Statistic"/>.
/// The 2.5% column of the paper is left out: <see cref="SupFCriticalValue"/> holds 10%, 5% and 1%.
/// </remarks>
public static class BaiPerronCriticalValues
{
    /// <summary>The trimming fraction the table is for.</summary>
    public const double Trim = 0.15;

    // Table[q - 1][ℓ]: 10%, 5%, 1%.
    private static readonly SupFCriticalValue[][] Table =
    [
        [new(7.04, 8.58, 12.29), new(8.51, 10.13, 13.89), new(9.41, 11.14, 14.80), new(10.04, 11.83, 15.28), new(10.58, 12.25, 15.76), new(11.03, 12.66, 16.27), new(11.43, 13.08, 16.63), new(11.75, 13.35, 16.77), new(12.01, 13.75, 16.81), new(12.20, 13.89, 17.01)],
        [new(9.81, 11.47, 15.37), new(11.40, 12.95, 16.84), new(12.29, 14.03, 17.72), new(12.90, 14.85, 18.67), new(13.47, 15.29, 19.17), new(13.98, 15.80, 19.46), new(14.36, 16.16, 19.74), new(14.70, 16.44, 19.93), new(15.11, 16.77, 20.12), new(15.28, 16.84, 20.53)],
        [new(12.08, 13.98, 18.26), new(13.91, 15.72, 19.77), new(14.96, 16.83, 20.75), new(15.68, 17.61, 21.98), new(16.35, 18.14, 22.46), new(16.81, 18.74, 22.69), new(17.24, 19.09, 22.93), new(17.51, 19.41, 23.11), new(17.87, 19.68, 23.12), new(18.12, 19.77, 23.15)],
        [new(14.26, 16.19, 20.23), new(16.11, 18.11, 21.97), new(17.31, 18.93, 22.80), new(18.00, 19.64, 23.06), new(18.45, 20.19, 23.76), new(18.84, 20.54, 24.55), new(19.22, 21.21, 24.85), new(19.61, 21.42, 25.11), new(19.92, 21.72, 25.53), new(20.07, 21.97, 25.57)],
        [new(16.14, 18.23, 22.40), new(18.14, 19.91, 24.42), new(19.10, 20.99, 25.53), new(19.84, 21.71, 26.17), new(20.50, 22.37, 26.53), new(20.96, 22.77, 26.77), new(21.42, 23.15, 26.96), new(21.68, 23.42, 27.10), new(21.95, 24.04, 27.35), new(22.28, 24.42, 27.37)],
        [new(17.97, 20.08, 24.45), new(20.01, 22.11, 25.93), new(21.16, 23.04, 27.09), new(22.08, 23.77, 27.56), new(22.64, 24.43, 28.20), new(23.02, 24.75, 29.61), new(23.35, 24.96, 29.62), new(23.70, 25.22, 30.27), new(24.10, 25.61, 30.45), new(24.37, 25.93, 30.56)],
        [new(19.70, 21.87, 26.71), new(21.79, 24.17, 28.36), new(22.87, 25.13, 29.30), new(24.06, 26.03, 29.86), new(24.68, 26.65, 30.52), new(25.10, 27.06, 30.89), new(25.66, 27.37, 30.95), new(25.97, 27.90, 31.03), new(26.29, 28.18, 31.11), new(26.50, 28.36, 31.17)],
        [new(21.41, 23.70, 28.51), new(23.62, 25.75, 29.69), new(24.74, 26.81, 30.65), new(25.63, 27.65, 31.03), new(26.39, 28.48, 31.87), new(26.73, 28.80, 32.42), new(27.29, 29.08, 32.67), new(27.56, 29.30, 33.00), new(28.06, 29.50, 33.11), new(28.46, 29.69, 33.45)],
        [new(23.06, 25.65, 30.62), new(25.54, 27.66, 32.33), new(26.68, 28.91, 33.51), new(27.60, 29.67, 34.28), new(28.25, 30.52, 34.94), new(28.79, 30.96, 35.71), new(29.19, 31.48, 36.03), new(29.52, 31.77, 36.34), new(29.94, 31.94, 36.48), new(30.43, 32.33, 36.49)],
        [new(24.65, 27.03, 32.16), new(26.92, 29.24, 33.85), new(28.26, 30.45, 34.58), new(29.18, 31.45, 35.14), new(29.88, 32.12, 36.15), new(30.40, 32.50, 36.76), new(30.90, 32.84, 36.92), new(31.40, 33.12, 37.37), new(31.75, 33.22, 37.87), new(32.03, 33.85, 37.96)],
    ];

    /// <summary>Critical values for q = <paramref name="regressors"/> (1..10) and ℓ = <paramref name="breaks"/> (0..9) at <paramref name="trim"/>; null when untabulated.</summary>
    public static SupFCriticalValue? For(int regressors, int breaks, double trim = Trim) =>
        Math.Abs(trim - Trim) < 1e-12 && regressors >= 1 && regressors <= Table.Length && breaks >= 0 && breaks < Table[0].Length
            ? Table[regressors - 1][breaks] : null;
}
