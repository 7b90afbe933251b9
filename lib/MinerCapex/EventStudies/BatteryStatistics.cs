using MathNet.Numerics.Distributions;

namespace MinerCapex.EventStudies;

/// <summary>The arithmetic of <see cref="TestBattery"/> over a <see cref="CrossSectionSample"/>; the formulas and papers are on the record.</summary>
internal static class BatteryStatistics
{
    public static TestBattery Compute(CrossSectionSample x)
    {
        var n = x.N;
        var basic = CrossSection.Test(x.Car, x.Scar);
        var rBar = MeanCorrelation(x);
        double? kpT = null, kpP = null;
        if (basic.BmpT is { } bmp && rBar is { } r && 1 + (n - 1) * r > 0 && r < 1)
        {
            kpT = bmp * Math.Sqrt((1 - r) / (1 + (n - 1) * r));
            kpP = CrossSection.TwoSidedP(kpT.Value, n - 1);
        }
        var (corradoZ, _) = RankZ(x, standardized: false);
        var (grankZ, positions) = RankZ(x, standardized: true);
        double? grankT = null, grankDf = null, grankP = null;
        if (grankZ is { } z && positions > 2 && positions - 1 - z * z > 0)
        {
            grankT = z * Math.Sqrt((positions - 2) / (positions - 1 - z * z));
            grankDf = positions - 2;
            grankP = CrossSection.TwoSidedP(grankT.Value, positions - 2);
        }
        var (pHat, signZ) = GeneralizedSign(x, basic.Positive);
        var (pMean, pT, pDf) = Portfolio(x);
        return new TestBattery(
            n, x.Days, basic.MeanCar, basic.CrossSectionalT, basic.CrossSectionalP, basic.BmpT, basic.BmpP,
            rBar, kpT, kpP,
            corradoZ, NormalP(corradoZ),
            grankT, grankDf, grankP,
            basic.Positive, pHat, signZ, NormalP(signZ),
            pMean, pT, pDf, pT is { } t && pDf is { } df ? CrossSection.TwoSidedP(t, df) : null);
    }

    private static double? NormalP(double? z) => z is { } v ? Math.Min(1.0, 2 * Normal.CDF(0, 1, -Math.Abs(v))) : null;

    /// <summary>Σ of same-day pairs' residual correlations over N(N − 1)/2; null with fewer than two observations.</summary>
    private static double? MeanCorrelation(CrossSectionSample x)
    {
        var n = x.N;
        if (n < 2) return null;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (x.Day[i] == x.Day[j]) sum += Correlation(x.Residuals[i], x.Residuals[j]);
        return sum / (n * (n - 1) / 2.0);
    }

    /// <summary>Pearson correlation over the sessions where both are finite; 0 when it cannot be formed.</summary>
    internal static double Correlation(double[] a, double[] b)
    {
        double sa = 0, sb = 0;
        var m = 0;
        for (var k = 0; k < a.Length; k++)
            if (double.IsFinite(a[k]) && double.IsFinite(b[k])) { sa += a[k]; sb += b[k]; m++; }
        if (m < 3) return 0;
        double ma = sa / m, mb = sb / m, sab = 0, saa = 0, sbb = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (!(double.IsFinite(a[k]) && double.IsFinite(b[k]))) continue;
            double da = a[k] - ma, db = b[k] - mb;
            sab += da * db; saa += da * da; sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }

    /// <summary>
    /// Corrado–Zivney's standardized-rank Z: of the day-0 AR among the raw residuals, or (GRANK) of the
    /// restandardized SCAR among the standardized residuals. Also the number T of positions.
    /// </summary>
    private static (double? Z, int Positions) RankZ(CrossSectionSample x, bool standardized)
    {
        var n = x.N;
        if (n == 0) return (null, 0);
        double scarSd = 0;
        if (standardized)
        {
            if (n < 2) return (null, 0);
            var mean = x.Scar.Average();
            scarSd = Math.Sqrt(x.Scar.Sum(v => (v - mean) * (v - mean)) / (n - 1));
            if (!(scarSd > 0)) return (null, 0);
        }
        var longest = x.Residuals.Max(r => r.Length);
        // Position 0 is the event; position p ≥ 1 the p-th estimation session counted back from the window's end.
        var sums = new double[longest + 1];
        var counts = new int[longest + 1];
        var used = 0;
        for (var i = 0; i < n; i++)
        {
            var ev = standardized ? x.Scar[i] / scarSd : x.DayZeroAr[i];
            if (!double.IsFinite(ev)) continue;
            var res = x.Residuals[i];
            var scale = standardized ? x.ResidualStdError[i] : 1.0;
            var values = new List<(double Value, int Position)> { (ev, 0) };
            for (var k = 0; k < res.Length; k++)
                if (double.IsFinite(res[k])) values.Add((res[k] / scale, res.Length - k));
            var ranks = Ranks(values.Select(v => v.Value).ToArray());
            var m = values.Count;
            for (var v = 0; v < m; v++)
            {
                sums[values[v].Position] += ranks[v] / (m + 1) - 0.5;
                counts[values[v].Position]++;
            }
            used++;
        }
        if (used == 0) return (null, 0);
        double s2 = 0;
        var positions = 0;
        for (var p = 0; p <= longest; p++)
        {
            if (counts[p] == 0) continue;
            positions++;
            var mean = sums[p] / counts[p];
            s2 += (double)counts[p] / used * mean * mean;
        }
        s2 /= positions;
        if (!(s2 > 0)) return (null, positions);
        return (sums[0] / counts[0] / Math.Sqrt(s2), positions);
    }

    /// <summary>Ranks 1…m with ties given their average rank.</summary>
    internal static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var a = 0; a < order.Length;)
        {
            var b = a;
            while (b + 1 < order.Length && values[order[b + 1]] == values[order[a]]) b++;
            var rank = (a + b) / 2.0 + 1;
            for (var k = a; k <= b; k++) ranks[order[k]] = rank;
            a = b + 1;
        }
        return ranks;
    }

    private static (double? PHat, double? Z) GeneralizedSign(CrossSectionSample x, int positive)
    {
        var n = x.N;
        if (n == 0) return (null, null);
        double share = 0;
        foreach (var res in x.Residuals)
        {
            int up = 0, all = 0;
            foreach (var v in res)
            {
                if (!double.IsFinite(v)) continue;
                all++;
                if (v > 0) up++;
            }
            share += all > 0 ? (double)up / all : 0;
        }
        var pHat = share / n;
        if (!(pHat > 0 && pHat < 1)) return (pHat, null);
        return (pHat, (positive - n * pHat) / Math.Sqrt(n * pHat * (1 - pHat)));
    }

    /// <summary>The event-day portfolios' mean CAR, t and degrees of freedom (across days, or Brown–Warner for one day).</summary>
    private static (double? Mean, double? T, double? Df) Portfolio(CrossSectionSample x)
    {
        var days = PortfolioDays(x);
        if (days.Count == 0) return (null, null, null);
        var cars = days.Select(d => d.Car).ToArray();
        var mean = cars.Average();
        if (days.Count >= 2)
        {
            var sd = Math.Sqrt(cars.Sum(c => (c - mean) * (c - mean)) / (cars.Length - 1));
            return sd > 0 ? (mean, mean / (sd / Math.Sqrt(cars.Length)), cars.Length - 1) : (mean, null, null);
        }
        var only = days[0];
        return only.ResidualSd > 0 && only.Sessions >= 2
            ? (mean, only.Car / (only.ResidualSd * Math.Sqrt(x.WindowLength)), only.Sessions - 1)
            : (mean, null, null);
    }

    /// <summary>
    /// Each event day's equal-weight portfolio: its CAR (mean of the day's CARs), the standard deviation of its
    /// estimation residuals (mean of the day's residuals on each session with one), and that series' length.
    /// </summary>
    internal static List<(int Day, int Stocks, double Car, double ResidualSd, int Sessions)> PortfolioDays(CrossSectionSample x)
    {
        var result = new List<(int, int, double, double, int)>();
        foreach (var day in x.Day.Distinct().OrderBy(d => d))
        {
            var members = Enumerable.Range(0, x.N).Where(i => x.Day[i] == day).ToArray();
            var car = members.Average(i => x.Car[i]);
            var length = x.Residuals[members[0]].Length;
            var series = new List<double>(length);
            for (var k = 0; k < length; k++)
            {
                double sum = 0;
                var m = 0;
                foreach (var i in members)
                {
                    var v = x.Residuals[i][k];
                    if (double.IsFinite(v)) { sum += v; m++; }
                }
                if (m > 0) series.Add(sum / m);
            }
            double sd = 0;
            if (series.Count >= 2)
            {
                var mean = series.Average();
                sd = Math.Sqrt(series.Sum(v => (v - mean) * (v - mean)) / (series.Count - 1));
            }
            result.Add((day, members.Length, car, sd, series.Count));
        }
        return result;
    }
}
