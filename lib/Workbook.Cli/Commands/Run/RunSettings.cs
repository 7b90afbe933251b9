using Workbook.Rendering;

namespace Workbook.Cli.Commands.Run;

/// <summary>What the command line asked <c>workbook run</c> for, as given: <see cref="RunInputs.Read"/> checks it.</summary>
/// <param name="Paths">Notebook files or folders of them; none for the default folder.</param>
/// <param name="HtmlDirectory">Folder of the HTML reports and their index (<c>--html</c>).</param>
/// <param name="IpynbDirectory">Folder of the executed .ipynb files (<c>--ipynb</c>); null for none.</param>
/// <param name="Parameters"><c>-p name=value</c> texts, in command-line order.</param>
/// <param name="ContinueOnError">Run the cells after a failed one (<c>--continue-on-error</c>).</param>
/// <param name="CellTimeoutSeconds">Seconds one cell may run (<c>--cell-timeout</c>).</param>
/// <param name="SkipUnsupported">Skip cells of kernels the engine lacks (<c>--skip-unsupported</c>).</param>
/// <param name="ShowCode">Unfold code cells in the reports (<c>--show-code</c>).</param>
/// <param name="Jobs">How many notebooks run side by side (<c>--jobs</c>).</param>
/// <param name="MaxOutput">Output kept per cell and per notebook, as typed (<c>--max-output</c>).</param>
internal sealed record RunSettings(
    IReadOnlyList<string> Paths,
    string HtmlDirectory,
    string? IpynbDirectory,
    IReadOnlyList<string> Parameters,
    bool ContinueOnError,
    double CellTimeoutSeconds,
    bool SkipUnsupported,
    bool ShowCode,
    int Jobs = 1,
    string MaxOutput = "1MB,20MB")
{
    /// <summary>Raw HTML in markdown is kept with its scripts (<c>--trust-markdown-html</c>).</summary>
    public bool TrustMarkdownHtml { get; init; }

    /// <summary>Charts get static images (<c>--static-charts</c>, implied by <c>--pdf</c>).</summary>
    public bool StaticCharts { get; init; }

    /// <summary>Each report is also printed to PDF (<c>--pdf</c>).</summary>
    public bool Pdf { get; init; }

    /// <summary>How reports carry plotly.js (<c>--plotly</c>).</summary>
    public PlotlyMode Plotly { get; init; }

    /// <summary>Outputs are reused from and stored in the execution cache (<c>--cache</c>).</summary>
    public bool Cache { get; init; }

    /// <summary>The report options these settings ask for.</summary>
    public ReportOptions Report => new(ShowCode) { TrustMarkdownHtml = TrustMarkdownHtml, Plotly = Plotly };

    /// <summary>The folders a run writes to, each with the option that named it (for messages).</summary>
    public IEnumerable<(string Folder, string Role)> OutputFolders
    {
        get
        {
            yield return (HtmlDirectory, $"--html {HtmlDirectory}");
            if (IpynbDirectory is { } ipynb)
                yield return (ipynb, $"--ipynb {ipynb}");
        }
    }
}
