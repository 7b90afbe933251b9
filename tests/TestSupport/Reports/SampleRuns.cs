using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using MinerCapex.Notebook;
using TestSupport.Charts;
using Workbook.Execution;
using Workbook.Outputs;

namespace TestSupport.Reports;

/// <summary>
/// Hand-built runs shaped like the research notebooks: real bundled prices, DataFrames and charts formatted by the
/// real formatters, prose with headings, a parameters cell, console output, an inlined image.
/// </summary>
public static class SampleRuns
{
    public static readonly string[] Miners = ["MARA", "RIOT", "CLSK", "CIFR", "IREN"];

    /// <summary>The file name the research sample pretends to come from.</summary>
    public const string ResearchNotebookName = "01-miners-vs-bitcoin.dib";

    /// <summary>A successful research-style run with five charts and a DataFrame; the notebook file lives in <paramref name="folder"/>/notebooks.</summary>
    public static NotebookRun Research(string folder)
    {
        NotebookFormatters.Register();
        var notebooks = Directory.CreateDirectory(Path.Combine(folder, "notebooks")).FullName;
        Directory.CreateDirectory(Path.Combine(notebooks, "figures"));
        File.WriteAllText(Path.Combine(notebooks, "figures", "pipeline.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"40\"><rect width=\"240\" height=\"40\" rx=\"6\" fill=\"#0969da\"/>"
            + "<text x=\"12\" y=\"26\" fill=\"#fff\" font-family=\"sans-serif\">prices → returns → betas</text></svg>");

        var (dates, btc) = BundledPrices.Read("BTC-USD");
        var (maraDates, mara) = BundledPrices.Read("MARA");
        var (btcReturns, maraReturns) = AlignedLogReturns(dates, btc, maraDates, mara);
        var frame = PriceFrame(["MARA", "RIOT", "BTC-USD"]);
        var correlations = CorrelationMatrix(Miners);

        return new RunBuilder(Path.Combine(notebooks, ResearchNotebookName)) { DataFolder = RepoPaths.Data }
            .Markdown("# Miners versus Bitcoin\n\nDo listed bitcoin miners still trade like **Bitcoin**, or like AI infrastructure? "
                + "This notebook compares their daily returns with BTC-USD over the bundled snapshot.\n\n![Pipeline](figures/pipeline.svg)")
            .Code("// parameters\nvar window = 60;\nvar benchmark = \"BTC-USD\";", [])
            .Parameter("window", "90", overridden: true)
            .Parameter("benchmark", "\"BTC-USD\"")
            .Code("#r \"../artifacts/lib/MinerCapex.dll\"\nusing MinerCapex.Notebook;\nNotebookFormatters.Register();", RunBuilder.Stdout("Formatters registered.\n"))
            .Markdown("## Data\n\nAdjusted closes, rebased where charts compare levels.\n\n| symbol | group |\n|---|---|\n| MARA | miner |\n| BTC-USD | crypto |")
            .Code("var prices = Prices.Load(\"data/prices\", \"MARA\", \"RIOT\", \"BTC-USD\");\nprices", Display(frame))
            .Markdown("## Price levels\n\n### Miners rebased to 100")
            .Code("Charts.Rebased(prices, Miners)", Display(SampleCharts.Lines("Miners rebased to 100", Miners)))
            .Markdown("### Bitcoin and the miner ETF")
            .Code("Charts.Rebased(prices, \"BTC-USD\", \"WGMI\")", Display(SampleCharts.Lines("BTC-USD and WGMI rebased to 100", "BTC-USD", "WGMI")))
            .Markdown("## Returns\n\n### MARA against BTC-USD")
            .Code("Charts.Scatter(btcReturns, maraReturns)\n// one point per session", Display(SampleCharts.Scatter("Daily log returns: MARA vs BTC-USD", btcReturns, maraReturns, "MARA")))
            .Code("Console.WriteLine($\"sessions: {maraReturns.Length}\");\nCharts.Histogram(maraReturns)",
                RunBuilder.Stdout($"sessions: {maraReturns.Length}\n"),
                Display(SampleCharts.Histogram("Distribution of MARA daily log returns", maraReturns, "MARA")))
            .Markdown("### Correlations between miners")
            .Code("Charts.Heatmap(Correlation.Matrix(returns))", Display(SampleCharts.Heatmap("Correlation of daily log returns", Miners, correlations)))
            .Markdown("## Conclusion\n\nThe miners move together far more than they move with Bitcoin alone; see the heatmap above.")
            .Build();
    }

    /// <summary>A run that failed in its third cell; the cells after it were not run.</summary>
    public static NotebookRun Failing(string folder) => new RunBuilder(Path.Combine(folder, "02-failing.dib")) { DataFolder = RepoPaths.Data }
        .Markdown("# A notebook that fails\n\n## Setup")
        .Code("var x = 1;\nConsole.WriteLine(x);", RunBuilder.Stdout("1\n"))
        .Failed("var prices = Load(\"missing.csv\");\nprices.Count()",
            new ErrorOutput("System.IO.FileNotFoundException", "Could not find file 'missing.csv'.", ["   at Submission#2.Load(String path) in cell 3:line 1", "   at Submission#2.<<Initialize>>d__0.MoveNext() in cell 3:line 1"], 1, 14))
        .Markdown("## After the failure")
        .Skipped("Console.WriteLine(\"never\");")
        .Build();

    /// <summary>Wraps a value as the engine records a displayed value: every MIME type the formatters produce.</summary>
    /// <summary>A value displayed as the engine displays it: in each MIME type its formatters prefer.</summary>
    public static DisplayOutput Display(object value) => new(
        [.. Formatter.GetPreferredMimeTypesFor(value.GetType()).Select(type => new Workbook.Outputs.FormattedValue(type, value.ToDisplayString(type)))],
        null,
        IsReturnValue: true);

    public static DataFrame PriceFrame(string[] symbols)
    {
        var (dates, _) = BundledPrices.Read(symbols[0]);
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("Date", dates.Select(d => d.ToString("yyyy-MM-dd"))) };
        foreach (var symbol in symbols)
        {
            var (symbolDates, prices) = BundledPrices.Read(symbol);
            var byDate = symbolDates.Zip(prices).ToDictionary(p => p.First, p => p.Second);
            columns.Add(new PrimitiveDataFrameColumn<double>(symbol, dates.Select(d => byDate.TryGetValue(d, out var p) ? p : double.NaN)));
        }
        return new DataFrame(columns);
    }

    private static (double[] X, double[] Y) AlignedLogReturns(DateOnly[] xDates, double[] x, DateOnly[] yDates, double[] y)
    {
        var yByDate = yDates.Zip(y).ToDictionary(p => p.First, p => p.Second);
        var pairs = xDates.Zip(x).Where(p => yByDate.ContainsKey(p.First)).Select(p => (X: p.Second, Y: yByDate[p.First])).ToList();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 1; i < pairs.Count; i++)
        {
            var rx = Math.Log(pairs[i].X / pairs[i - 1].X);
            var ry = Math.Log(pairs[i].Y / pairs[i - 1].Y);
            if (double.IsFinite(rx) && double.IsFinite(ry))
            {
                xs.Add(rx);
                ys.Add(ry);
            }
        }
        return ([.. xs], [.. ys]);
    }

    public static double[][] CorrelationMatrix(string[] symbols)
    {
        var series = symbols.Select(BundledPrices.Read).ToArray();
        return symbols.Select((_, i) => symbols.Select((_, j) =>
        {
            var (a, b) = AlignedLogReturns(series[i].Dates, series[i].Prices, series[j].Dates, series[j].Prices);
            return Math.Round(Pearson(a, b), 3);
        }).ToArray()).ToArray();
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }
}
