using System.CommandLine;
using System.Globalization;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Caching;
using Workbook.Execution.Parameters;
using Workbook.Hosting;
using Workbook.IO;
using Workbook.Provenance;
using Workbook.Publishing;
using Workbook.Outputs;
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

    /// <summary>What the command line asked for.</summary>
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
    }

    internal static async Task<int> ExecuteAsync(RunSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.CellTimeoutSeconds is not (> 0 and <= 86_400))
                throw new UsageException($"--cell-timeout {settings.CellTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}: expected seconds, more than 0 and at most 86400. See 'workbook run --help'.");
            if (settings.Jobs is not (> 0 and <= 256))
                throw new UsageException($"--jobs {settings.Jobs.ToString(CultureInfo.InvariantCulture)}: expected a number of notebooks to run at once, from 1 to 256. See 'workbook run --help'.");
            var limits = OutputLimitsOption.Parse(settings.MaxOutput);
            var files = FindNotebooks(settings.Paths);
            var overrides = ParseOverrides(settings.Parameters);
            var (notebooks, unreadable) = Load(files);
            foreach (var problem in unreadable) await error.WriteLineAsync($"FAILED {problem}");
            if (notebooks.Count == 0) return WorkbookCommand.UsageError;
            var plans = PlanParameters(notebooks, overrides);
            // Before any cell runs: a folder the reports cannot be written to is the user's to fix, not a failure
            // found after minutes of computing. Leftovers of writers killed mid-write go at the same time.
            foreach (var (folder, role) in OutputFolders(settings))
            {
                OutputFolder.EnsureWritable(folder, role);
                OutputFolder.RemoveStaleTemporaryFiles(folder);
            }

            await using var printer = settings.StaticCharts ? await ReportPrinter.StartAsync() : null;
            var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var progress = RunProgress.Create(output, interactive, perCell: settings.Jobs == 1 || notebooks.Count == 1);
            var runs = new NotebookRun[notebooks.Count];
            var outputFailures = new OutputFailure?[notebooks.Count];
            var cache = settings.Cache ? new ExecutionCache(error) : null;
            var fingerprints = new DataFingerprints();
            // The report writer compiles while the first workers warm up, instead of after the first notebook. Awaited
            // below, so no task outlives the command; it never faults.
            var warmUp = ReportWarmUp.StartAsync();
            try
            {
                await progress.WrapAsync(async () =>
                {
                    var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = cancellationToken };
                    await Parallel.ForEachAsync(Enumerable.Range(0, notebooks.Count), parallel, async (i, token) =>
                    {
                        var path = notebooks[i].Path;
                        var options = new RunOptions
                        {
                            ContinueOnError = settings.ContinueOnError,
                            CellTimeout = TimeSpan.FromSeconds(settings.CellTimeoutSeconds),
                            SkipUnsupported = settings.SkipUnsupported,
                            OutputLimits = limits,
                            Worker = new WorkerProcesses(WorkerCommand.Launch),
                        };
                        // Captured once: the cache key and the report's header read the same fingerprint.
                        var provenance = NotebookRunner.ProvenanceOf(plans[path], path, options, fingerprints);
                        Task<NotebookRun> Run(CancellationToken t) => NotebookRunner.RunAsync(plans[path], provenance, path, options, progress, t);
                        var run = cache is null ? await Run(token) : await cache.RunAsync(plans[path], provenance, path, options, Run, token);
                        runs[i] = run;
                        try
                        {
                            var report = await HtmlReport.WriteReportAsync(run, settings.HtmlDirectory, settings.Report, printer, token);
                            runs[i] = run = report.Run;
                            if (settings.Pdf && printer is not null)
                                await HtmlReport.WritePdfAsync(printer, report.Path, token);
                            if (settings.IpynbDirectory is { } ipynb)
                                NotebookFile.Save(ExecutedDocument.Create(run), Path.Combine(ipynb, Path.GetFileNameWithoutExtension(path) + ".ipynb"));
                        }
                        catch (Exception problem) when (problem is not OperationCanceledException)
                        {
                            // Writing one notebook's outputs (a full disk, a printer that died) costs that notebook, never
                            // the batch: the others are written, and the summary names what was lost.
                            outputFailures[i] = OutputFailure.Of(problem);
                        }
                        progress.Finish(run);
                    });
                    return runs;
                });
            }
            finally
            {
                await warmUp;
            }
            string index;
            OutputFailure? indexFailure = null;
            try
            {
                index = await HtmlReport.WriteIndexAsync(runs, settings.HtmlDirectory, cancellationToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                indexFailure = OutputFailure.Of(problem);
                index = $"{Path.Combine(settings.HtmlDirectory, "index.html")} (not written)";
            }
            var code = await SummarizeAsync(runs, outputFailures, index, output, error);
            if (indexFailure is not null)
                await error.WriteLineAsync($"FAILED index.html: {indexFailure.Message}");
            var writeFailures = outputFailures.Append(indexFailure).OfType<OutputFailure>().ToList();
            if (writeFailures.Count > 0)
                code = writeFailures.Any(f => f.Unwritable) ? WorkbookCommand.UsageError : Math.Max(code, 1);
            if (unreadable.Count > 0)
            {
                await error.WriteLineAsync($"{unreadable.Count} notebook(s) could not be read; the others ran.");
                return WorkbookCommand.UsageError;
            }
            return code;
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

    /// <summary>
    /// Reads every notebook; one that cannot be read, or has no cell with content, is set aside with a message
    /// naming it, so the others still run.
    /// </summary>
    private static (List<(string Path, InteractiveDocument Document)> Notebooks, List<string> Unreadable) Load(IReadOnlyList<string> files)
    {
        var notebooks = new List<(string, InteractiveDocument)>();
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var document = NotebookFile.Load(file);
                if (document.Elements.All(c => string.IsNullOrWhiteSpace(c.Contents)))
                    unreadable.Add($"{file}: the notebook has no cells with content; there is nothing to run.");
                else
                    notebooks.Add((file, document));
            }
            catch (NotebookFormatException problem)
            {
                unreadable.Add(problem.Message);
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                unreadable.Add($"{file}: cannot be read: {problem.Message}");
            }
        }
        return (notebooks, unreadable);
    }

    /// <summary>The folders a run writes to, each with the option that named it.</summary>
    private static IEnumerable<(string Folder, string Role)> OutputFolders(RunSettings settings)
    {
        yield return (settings.HtmlDirectory, $"--html {settings.HtmlDirectory}");
        if (settings.IpynbDirectory is { } ipynb)
            yield return (ipynb, $"--ipynb {ipynb}");
    }

    private static async Task<int> SummarizeAsync(IReadOnlyList<NotebookRun> runs, IReadOnlyList<OutputFailure?> outputFailures, string index, TextWriter output, TextWriter error)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var name = Path.GetFileName(run.SourcePath);
            if (outputFailures[i] is { } lost)
                await error.WriteLineAsync($"FAILED {name}: {lost.Message}");
            var ran = run.Cells.Count(c => c.Status == CellStatus.Succeeded && !c.Injected);
            var skipped = run.Cells.Count(c => c.Status == CellStatus.Skipped);
            var time = run.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (run.FirstFailure is { } failed)
            {
                await error.WriteLineAsync($"FAILED {name}, {Describe(failed)}");
                foreach (var frame in failed.Outputs.OfType<ErrorOutput>().SelectMany(e => e.StackTrace)) await error.WriteLineAsync("    " + frame);
            }
            else if (outputFailures[i] is null)
            {
                var took = CacheNote.For(run) is { } cached ? $", {cached} ({time} s)" : $" in {time} s";
                await output.WriteLineAsync($"ok     {name}: {ran} cells succeeded{(skipped > 0 ? $", {skipped} skipped" : "")}{took}");
            }
        }
        var failures = runs.Sum(r => r.Cells.Count(c => c.Status == CellStatus.Failed));
        await output.WriteLineAsync($"{runs.Count} notebook(s), {failures} failed cell(s). Reports: {index}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>"cell 3, line 4, column 9: CS0103: The name 'x' does not exist..."</summary>
    internal static string Describe(CellResult cell)
    {
        var errorOutput = cell.Outputs.OfType<ErrorOutput>().FirstOrDefault();
        var where = cell.Injected ? $"the parameters injected after cell {cell.Number}" : $"cell {cell.Number}";
        if (errorOutput?.Line is { } line) where += $", line {line}";
        if (errorOutput?.Column is { } column) where += $", column {column}";
        return errorOutput is null ? where + " failed" : $"{where}: {errorOutput.ErrorType}: {errorOutput.Message}";
    }

    /// <summary>Notebook files in name order; folders are searched (not recursively) for .dib and .ipynb files.</summary>
    internal static IReadOnlyList<string> FindNotebooks(IReadOnlyList<string> paths)
    {
        var roots = paths.Count > 0 ? paths : [FindDefaultFolder()];
        var files = new List<string>();
        foreach (var root in roots)
        {
            if (File.Exists(root))
            {
                if (!NotebookFile.IsSupported(root)) throw new UsageException($"{root}: not a notebook; expected a .dib or .ipynb file.");
                files.Add(Path.GetFullPath(root));
            }
            else if (Directory.Exists(root))
            {
                var found = Directory.EnumerateFiles(root).Where(NotebookFile.IsSupported).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new UsageException($"{root}: no .dib or .ipynb notebooks in this folder.");
                files.AddRange(found);
            }
            else
            {
                throw new UsageException($"{root}: no such file or folder.");
            }
        }
        return [.. files.Distinct().OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal)];
    }

    private static string FindDefaultFolder()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultNotebookFolder);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new UsageException($"No PATH given and no {DefaultNotebookFolder}/ folder here or above {Environment.CurrentDirectory}.");
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> ParseOverrides(IReadOnlyList<string> texts) =>
    [
        .. texts.Select(text => text.IndexOf('=') is var equals and > 0
            ? new KeyValuePair<string, string>(text[..equals].Trim(), text[(equals + 1)..])
            : throw new UsageException($"-p {text}: expected name=value.")),
    ];

    /// <summary>
    /// Each notebook with the overrides naming one of its parameters applied, once, before anything runs. A name no
    /// notebook declares is an error listing what the notebooks do declare; so is a value its type cannot take.
    /// </summary>
    private static Dictionary<string, AppliedParameters> PlanParameters(
        IReadOnlyList<(string Path, InteractiveDocument Document)> notebooks, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var declared = notebooks.ToDictionary(n => n.Path, n => NotebookParameters.Declared(n.Document));
        var unknown = overrides.Select(o => o.Key).Where(name => !declared.Values.Any(d => d.Any(p => p.Name == name))).Distinct().ToList();
        if (unknown.Count > 0)
        {
            var valid = declared.Values.SelectMany(d => d).DistinctBy(p => p.Name).ToList();
            throw new UsageException($"Unknown parameter{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Valid parameters: {NotebookParameters.Describe(valid)}.");
        }
        var plans = new Dictionary<string, AppliedParameters>();
        foreach (var (path, document) in notebooks)
        {
            var names = declared[path].Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var mine = overrides.Where(o => names.Contains(o.Key)).ToList();
            try
            {
                plans[path] = NotebookParameters.Apply(document, mine);
            }
            catch (NotebookParameterException problem)
            {
                throw new UsageException($"{Path.GetFileName(path)}: {problem.Message}");
            }
        }
        return plans;
    }

    /// <summary>A mistake in the command line or its inputs: reported in one line, exit code 2.</summary>
    internal sealed class UsageException(string message) : Exception(message);
}
