using Workbook.Publishing;
using BenchmarkDotNet.Attributes;
using Workbook.Execution;
using Workbook.Provenance;
using Workbook.Rendering;

namespace Benchmarks.Rendering;

/// <summary>
/// Time to render a report, apart from the time to execute its notebook: the runs are built beforehand (real bundled
/// prices, five Plotly charts and a DataFrame formatted by the real formatters, the same fixtures as the browser
/// tests), so only rendering and writing are measured.
/// </summary>
[MemoryDiagnoser]
public class ReportRenderingBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "report-bench-" + Guid.NewGuid().ToString("N"));
    private readonly ReportOptions _options = new();
    private NotebookRun _fiveCharts = null!;
    private NotebookRun _textOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fiveCharts = SampleRuns.Research(_folder);
        _textOnly = SampleRuns.Failing(_folder);
        // Sizes for the closing note; the first render also loads plotly.js from Plotly.NET's resources, once.
        Console.WriteLine($"// report size, 5 charts + DataFrame: {System.Text.Encoding.UTF8.GetByteCount(ReportRenderer.Render(_fiveCharts, _options)):N0} bytes");
        Console.WriteLine($"// report size, no chart: {System.Text.Encoding.UTF8.GetByteCount(ReportRenderer.Render(_textOnly, _options)):N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The whole report in memory: markdown, highlighting, outputs, header (data fingerprint, git), plotly.js inlined.</summary>
    [Benchmark(Baseline = true)]
    public int RenderFiveChartsAndDataFrame() => ReportRenderer.Render(_fiveCharts, _options).Length;

    /// <summary>The same report written atomically to disk (temp file, flush to disk, rename).</summary>
    [Benchmark]
    public Task<string> WriteFiveChartsAndDataFrame() => HtmlReport.WriteAsync(_fiveCharts, Path.Combine(_folder, "reports"), _options);

    /// <summary>A short report without charts, so without plotly.js.</summary>
    [Benchmark]
    public int RenderWithoutCharts() => ReportRenderer.Render(_textOnly, _options).Length;

    /// <summary>The header's data fingerprint alone: SHA-256 over the bundled data folder (part of every render above).</summary>
    [Benchmark]
    public string FingerprintBundledData() => DataFingerprint.Compute(RepoPaths.Data).Sha256;
}
