namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// O(T) kernels for rolling correlation and beta of a series x against a factor y. The window kernel
/// keeps centred co-moments and slides them with exact add/remove updates (no sums of raw products);
/// the exponential kernel follows pandas' <c>ewmcov</c> recursion.
/// </summary>
internal static class RollingMoments
{
    public static void Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y, RollingScheme scheme, Span<double> correlation, Span<double> beta)
    {
        switch (scheme)
        {
            case WindowScheme w:
                Window(x, y, w.Sessions, correlation, beta);
                break;
            case HalfLifeScheme h:
                Exponential(x, y, h.Decay, h.MinObservations, correlation, beta);
                break;
            default:
                throw new ArgumentException($"Unknown rolling scheme {scheme}.", nameof(scheme));
        }
    }

    /// <summary>
    /// Fixed window of <paramref name="w"/> sessions. A run of consecutive jointly present sessions is grown
    /// with Welford's update until it spans the window, then slid: removing x_o and adding x_n with
    /// d = x_n - x_o moves the mean by d/W and the co-moment by <c>dx·(y_n - m_y') + dy·(x_o - m_x)</c>.
    /// A missing value restarts the run. A series identical over the whole window has exactly zero variance.
    /// </summary>
    public static void Window(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int w, Span<double> correlation, Span<double> beta)
    {
        int run = 0, sameX = 0, sameY = 0;
        double mx = 0, my = 0, cxx = 0, cyy = 0, cxy = 0, prevX = 0, prevY = 0;
        var invW = 1.0 / w;
        for (var t = 0; t < x.Length; t++)
        {
            double a = x[t], b = y[t];
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                run = sameX = sameY = 0;
                mx = my = cxx = cyy = cxy = 0;
                correlation[t] = beta[t] = double.NaN;
                continue;
            }
            sameX = run > 0 && a == prevX ? sameX + 1 : 1;
            sameY = run > 0 && b == prevY ? sameY + 1 : 1;
            prevX = a;
            prevY = b;
            if (run < w)
            {
                run++;
                double dx = a - mx, dy = b - my;
                mx += dx / run;
                my += dy / run;
                cxx += dx * (a - mx);
                cyy += dy * (b - my);
                cxy += dx * (b - my);
            }
            else
            {
                double xo = x[t - w], yo = y[t - w];
                double dx = a - xo, dy = b - yo;
                double mxNew = mx + dx * invW, myNew = my + dy * invW;
                cxx += dx * (a - mxNew + (xo - mx));
                cyy += dy * (b - myNew + (yo - my));
                cxy += dx * (b - myNew) + dy * (xo - mx);
                mx = mxNew;
                my = myNew;
            }
            if (run < w)
            {
                correlation[t] = beta[t] = double.NaN;
                continue;
            }
            Emit(cxx, cyy, cxy, sameX >= w, sameY >= w, out correlation[t], out beta[t]);
        }
    }

    /// <summary>
    /// Exponentially weighted co-moments with decay <paramref name="decay"/> per session (pandas
    /// <c>ewmcov</c> with <c>adjust=True</c>, <c>ignore_na=False</c>): every session after the first joint
    /// observation multiplies the weight of the past by the decay, and a joint observation enters with weight 1.
    /// </summary>
    public static void Exponential(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double decay, int minObservations, Span<double> correlation, Span<double> beta)
    {
        var started = false;
        var observations = 0;
        double mx = 0, my = 0, cxx = 0, cyy = 0, cxy = 0, oldWeight = 1;
        for (var t = 0; t < x.Length; t++)
        {
            double a = x[t], b = y[t];
            var present = !double.IsNaN(a) && !double.IsNaN(b);
            if (started)
            {
                oldWeight *= decay;
                if (present)
                {
                    double oldMx = mx, oldMy = my, total = oldWeight + 1;
                    // Like pandas: leave a mean untouched when the new value equals it, so constant series stay exact.
                    if (mx != a) mx = (oldWeight * oldMx + a) / total;
                    if (my != b) my = (oldWeight * oldMy + b) / total;
                    double ox = oldMx - mx, oy = oldMy - my, nx = a - mx, ny = b - my;
                    cxy = (oldWeight * (cxy + ox * oy) + nx * ny) / total;
                    cxx = (oldWeight * (cxx + ox * ox) + nx * nx) / total;
                    cyy = (oldWeight * (cyy + oy * oy) + ny * ny) / total;
                    oldWeight = total;
                }
            }
            else if (present)
            {
                started = true;
                mx = a;
                my = b;
            }
            if (present) observations++;
            if (observations < minObservations)
            {
                correlation[t] = beta[t] = double.NaN;
                continue;
            }
            Emit(cxx, cyy, cxy, false, false, out correlation[t], out beta[t]);
        }
    }

    private static void Emit(double cxx, double cyy, double cxy, bool constantX, bool constantY, out double correlation, out double beta)
    {
        var vx = constantX ? 0.0 : cxx;
        var vy = constantY ? 0.0 : cyy;
        var cov = constantX || constantY ? 0.0 : cxy;
        correlation = vx > 0 && vy > 0 ? Math.Clamp(cov / Math.Sqrt(vx * vy), -1.0, 1.0) : double.NaN;
        beta = vy > 0 ? cov / vy : double.NaN;
    }
}
