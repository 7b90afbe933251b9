namespace MinerCapex.Analytics;

/// <summary>How OLS standard errors are computed.</summary>
public enum CovarianceKind
{
    /// <summary>Classical (homoskedastic) covariance <c>s²(X'X)⁻¹</c>, <c>s² = SSR/(n-k-1)</c>.</summary>
    Classical,

    /// <summary>
    /// Newey–West heteroskedasticity and autocorrelation consistent covariance with Bartlett weights
    /// <c>1 - l/(L+1)</c>, <c>l = 1..L</c>, and no small-sample scaling: <c>(X'X)⁻¹ S (X'X)⁻¹</c> with
    /// <c>S = Σ_l w_l Σ_t (g_t g_{t-l}' + g_{t-l} g_t')</c>, <c>g_t = x_t e_t</c> (statsmodels
    /// <c>cov_type='HAC'</c>). Rows dropped for missing values are skipped, so lags run over complete rows.
    /// </summary>
    NeweyWest,
}

/// <summary>Options of an OLS fit.</summary>
public sealed record OlsOptions
{
    /// <summary>Classical standard errors (the default).</summary>
    public static OlsOptions Classical { get; } = new();

    /// <summary>Newey–West standard errors with <paramref name="lag"/> lags, or <see cref="NeweyWestLag.Default"/> when null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lag"/> is negative.</exception>
    public static OlsOptions NeweyWest(int? lag = null)
    {
        if (lag < 0) throw new ArgumentOutOfRangeException(nameof(lag), lag, "The Newey–West lag cannot be negative.");
        return new OlsOptions { Covariance = CovarianceKind.NeweyWest, HacLag = lag };
    }

    /// <summary>Which covariance the standard errors come from.</summary>
    public CovarianceKind Covariance { get; init; } = CovarianceKind.Classical;

    /// <summary>Newey–West lag L; null picks <see cref="NeweyWestLag.Default"/> of the sample size.</summary>
    public int? HacLag { get; init; }
}

/// <summary>The lag rule for Newey–West standard errors.</summary>
public static class NeweyWestLag
{
    /// <summary>
    /// <c>floor(4·(n/100)^(2/9))</c>, Newey and West's (1994) rule of thumb for the Bartlett kernel, also
    /// statsmodels' default: 4 lags for 100–272 observations, 5 for 273–620, 6 for 621–1,240 (a year of sessions: 4; three years: 6).
    /// </summary>
    public static int Default(int observations) =>
        observations <= 0 ? 0 : (int)Math.Floor(4.0 * Math.Pow(observations / 100.0, 2.0 / 9.0));
}
