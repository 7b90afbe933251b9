using System.CommandLine;
using Workbook.Cli.Commands.Run;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Caching;
using Workbook.Execution.Parameters;
using Workbook.IO;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook run [PATH...] [--html DIR] [--ipynb DIR] [-p k=v]... [--continue-on-error] [--cell-timeout S]
/// [--skip-unsupported] [--show-code] [--jobs N] [--max-output CELL[,NOTEBOOK]] [--cache]</c>: runs each notebook in a
/// process of its own, up to N side by side, writes an HTML report per notebook as it finishes plus an index,
/// and optionally the executed .ipynb. Results are listed in name order whatever order the notebooks finish in.
/// </summary>
public static class RunCommand
{
    /// <summary>Where notebooks are looked for when no PATH is given.</summary>
    public const string DefaultNotebookFolder = "notebooks";

    /// <summary>Builds the <c>run</c> command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Notebook files (.dib, .ipynb) or folders of them. Default: {DefaultNotebookFolder}/ here or in the nearest parent folder that has one.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var html = new Option<string>("--html")
        {
            Description = "Folder for the HTML reports and their index.",
            DefaultValueFactory = _ => "reports",
            HelpName = "DIR",
        };
        var ipynb = new Option<string?>("--ipynb") { Description = "Also write each executed notebook, outputs included, as .ipynb into this folder.", HelpName = "DIR" };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Override a parameter declared in a notebook's '// parameters' cell (repeatable).",
            HelpName = "name=value",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a failed one." };
        var cellTimeout = new Option<double>("--cell-timeout")
        {
            Description = "Seconds one cell may run before it is stopped and reported.",
            DefaultValueFactory = _ => RunOptions.DefaultCellTimeout.TotalSeconds,
            HelpName = "S",
        };
        var skipUnsupported = new Option<bool>("--skip-unsupported") { Description = "Skip cells of kernels this engine lacks (F#, PowerShell, JavaScript...) instead of failing." };
        var showCode = new Option<bool>("--show-code") { Description = "Unfold code cells in the HTML reports." };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many notebooks run side by side, each in its own process. Default: the number of processor cores.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        var maxOutput = new Option<string>("--max-output")
        {
            Description = $"Output kept per cell and, after a comma, per notebook (characters of text; KB and MB allowed); more is dropped with a note. Default: {OutputLimitsOption.Describe(OutputLimits.Default)}.",
            DefaultValueFactory = _ => OutputLimitsOption.Describe(OutputLimits.Default),
            HelpName = "CELL[,NOTEBOOK]",
        };
        var trustHtml = new Option<bool>("--trust-markdown-html")
        {
            Description = "Keep raw HTML in markdown and html cells as written, scripts included, instead of sanitising it; the report is marked as such.",
        };

        var staticCharts = new Option<bool>("--static-charts")
        {
            Description = "Give every chart a static SVG image, made by headless Chromium, shown in print and where scripts cannot run.",
        };
        var pdf = new Option<bool>("--pdf") { Description = "Also print every report to an A4 PDF beside it with headless Chromium (implies --static-charts)." };
        var plotly = new Option<PlotlyMode>("--plotly")
        {
            Description = "Inline: plotly.js inside each report (self-contained). Shared: one plotly.min.js beside the reports.",
            DefaultValueFactory = _ => PlotlyMode.Inline,
        };

        var cache = new Option<bool>("--cache")
        {
            Description = "Reuse a notebook's outputs from its last successful run when nothing that could change them changed (source, parameters, data/, #r files, packages, engine, runtime, these options); store them otherwise. Kept in .workbook/cache at the notebooks' repository root (the nearest folder holding .git).",
        };

        var command = new Command("run", "Run notebooks and write their reports. Exit code 0: every cell succeeded; 1: a cell failed; 2: usage error or unreadable input.")
        {
            paths, html, ipynb, parameters, continueOnError, cellTimeout, skipUnsupported, showCode, jobs, maxOutput, trustHtml, staticCharts, pdf, plotly, cache,
        };
        paths.Validators.Add(UnknownOptions.Reject);
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new RunSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(html)!,
                result.GetValue(ipynb),
                result.GetValue(parameters) ?? [],
                result.GetValue(continueOnError),
                result.GetValue(cellTimeout),
                result.GetValue(skipUnsupported),
                result.GetValue(showCode),
                result.GetValue(jobs),
                result.GetValue(maxOutput)!)
            {
                TrustMarkdownHtml = result.GetValue(trustHtml),
                StaticCharts = result.GetValue(staticCharts) || result.GetValue(pdf),
                Pdf = result.GetValue(pdf),
                Plotly = result.GetValue(plotly),
                Cache = result.GetValue(cache),
            };
            var configuration = result.InvocationConfiguration;
            return ExecuteAsync(settings, configuration.Output, configuration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// The pipeline: read the inputs (setting aside notebooks that cannot be read), plan, prepare the output folders,
    /// run each notebook (cache check, run, its outputs written as it finishes), write the index, print the summary.
    /// A mistake found before anything runs is one line and exit code 2; cancellation is "Cancelled." and 130.
    /// </summary>
    internal static async Task<int> ExecuteAsync(RunSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var inputs = RunInputs.Read(settings);
            foreach (var problem in inputs.Unreadable) await error.WriteLineAsync($"FAILED {problem}");
            if (inputs.Notebooks.Count == 0) return WorkbookCommand.UsageError;
            var plan = RunPlan.Create(inputs);
            plan.PrepareOutputFolders();

            await using var printer = settings.StaticCharts ? await ReportPrinter.StartAsync() : null;
            var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var progress = RunProgress.Create(output, interactive, perCell: settings.Jobs == 1 || plan.Notebooks.Count == 1);
            var execution = new NotebookExecution(plan, progress, settings.Cache ? new ExecutionCache(error) : null);
            var outcomes = await NotebookBatch.RunAsync(plan, execution, new OutputWriting(settings, printer), progress, cancellationToken);
            var index = await IndexWriting.WriteAsync(outcomes, settings.HtmlDirectory, cancellationToken);

            var summary = RunSummary.Of(outcomes, index, inputs.Unreadable.Count);
            await summary.WriteAsync(output, error);
            return summary.ExitCode;
        }
        catch (Exception problem) when (problem is UsageException or NotebookFormatException or NotebookParameterException or ChromiumNotFoundException or OutputFolderException)
        {
            await error.WriteLineAsync(problem.Message);
            return WorkbookCommand.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}
