using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Workbook.Diagnostics;
using Workbook.Execution.Editing;
using Workbook.Execution.Kernel;
using Workbook.Execution.Magic;
using Workbook.Execution.Output;
using Workbook.Execution.Packages;
using Workbook.Formatting;
using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>
/// One notebook's C# state, as the .NET Interactive C# kernel keeps it: the first cell runs with
/// <c>CSharpScript.RunAsync</c>, each later one continues the previous state, so variables, types and usings
/// carry over. A cell that fails to compile leaves the state as it was; one that throws keeps what it assigned
/// before throwing (as the kernel does).
/// <para>
/// Timeouts: a running submission cannot be stopped from outside, so a cell that overruns is abandoned (it may
/// keep running in the background) and the session is marked <see cref="AbandonedBy"/>: later C# cells are not
/// run on a state that a runaway cell may still be changing.
/// </para>
/// </summary>
public sealed class NotebookSession : ICellHost
{
    private static readonly string[] defaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    // Roslyn decides whether a submission ends in an expression; it only exposes that internally.
    private static readonly MethodInfo hasReturnValue =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new MissingMethodException("Microsoft.CodeAnalysis.Scripting.Script.HasReturnValue() is gone; the engine needs it to decide what a cell displays.");

    // Metadata references are immutable and Roslyn caches what it reads from each, so share them across sessions.
    private static readonly Lazy<ImmutableArray<MetadataReference>> baseReferences = new(CreateBaseReferences);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> hostAssemblies = new(ReadHostAssemblies);

    private readonly PackageRestorer restorer;
    private readonly Dictionary<string, PackageReference> packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> resolvedVersions = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> packageAssemblyNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> sources = [];
    private readonly Dictionary<string, int> cellFiles = new(StringComparer.Ordinal);
    private readonly SubmissionWorkspace editing = new();
    private ScriptOptions options;
    private ScriptState<object>? state;

    /// <summary>Creates a session whose relative <c>#r</c>/<c>#load</c>/<c>#i</c> paths resolve against <paramref name="workingDirectory"/>.</summary>
    public NotebookSession(string workingDirectory, PackageRestorer? restorer = null)
    {
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        this.restorer = restorer ?? new PackageRestorer();
        options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(baseReferences.Value)
            .WithImports([.. defaultImports, typeof(NotebookHelpers).FullName!])
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(WorkingDirectory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(WorkingDirectory))
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    /// <summary>The notebook's folder: relative paths in magic lines and <c>#r</c> resolve against it.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Why the session no longer runs cells (a cell timed out or was cancelled), or null.</summary>
    public string? AbandonedBy { get; private set; }

    /// <summary>
    /// Loads and JITs Roslyn by compiling and running a trivial script, so the first cell's time limit counts the
    /// cell and not the compiler's start-up (about two seconds).
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var options = ScriptOptions.Default.WithReferences(baseReferences.Value).WithImports(defaultImports);
        await CSharpScript.RunAsync("var warm = new List<int> { 1 }.Count;", options);
    }

    /// <summary>An exception as a cell error: type, message, and the frames inside cells (named by cell and line).</summary>
    internal ErrorOutput DescribeException(Exception exception) => RuntimeError(exception);

    Task<CellStatus> ICellHost.RunAsync(string code, int cellNumber, CellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(code, cellNumber, sink, timeout, cancellationToken);

    ValueTask IAsyncDisposable.DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Packages added so far, with the versions NuGet resolved.</summary>
    public IReadOnlyDictionary<string, string> Packages => resolvedVersions;

    /// <summary>
    /// Runs one C# cell and returns its outputs as they stand when it ends. <paramref name="cellNumber"/> (1-based)
    /// names the cell in stack traces and messages.
    /// </summary>
    public async Task<(CellStatus Status, IReadOnlyList<CellOutput> Outputs)> RunAsync(
        string contents, int cellNumber, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var sink = new CellOutputSink();
        var status = await RunAsync(contents, cellNumber, sink, timeout, cancellationToken);
        return (status, sink.Snapshot());
    }

    /// <summary>
    /// Completions at <paramref name="cursor"/> (an offset in <paramref name="contents"/>, a cell not yet run), seeing
    /// the variables, usings and packages of the cells run so far.
    /// </summary>
    public async Task<CodeCompletions> CompleteAsync(string contents, int cursor, CancellationToken cancellationToken = default)
    {
        var magic = MagicCommands.Parse(contents);
        if (MagicPositions.ToCode(contents, magic.Code, cursor) is not { } position) return new CodeCompletions(cursor, cursor, []);
        var found = await editing.CompleteAsync(magic.Code, position, options, cancellationToken);
        var shift = cursor - position;
        return found with { Start = found.Start + shift, End = found.End + shift };
    }

    /// <summary>Help on the symbol at <paramref name="cursor"/> in <paramref name="contents"/>, or null when there is none.</summary>
    public async Task<SymbolHelp?> InspectAsync(string contents, int cursor, bool detailed, CancellationToken cancellationToken = default)
    {
        var magic = MagicCommands.Parse(contents);
        if (MagicPositions.ToCode(contents, magic.Code, cursor) is not { } position) return null;
        return await editing.InspectAsync(magic.Code, position, detailed, options, cancellationToken);
    }

    internal async Task<CellStatus> RunAsync(string contents, int cellNumber, CellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (AbandonedBy is { } reason)
        {
            sink.Add(new ErrorOutput("SessionAbandoned", $"Not run: {reason}.", []));
            return CellStatus.Failed;
        }
        ConsoleCapture.EnsureInstalled();
        DisplayRouting.EnsureSubscribed();
        var magic = MagicCommands.Parse(contents);
        if (magic.Error is { } magicError)
        {
            sink.Add(new ErrorOutput("MagicCommandError", magicError.Message, [], magicError.Line, magicError.Column));
            return CellStatus.Failed;
        }

        var stopwatch = Stopwatch.StartNew();
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The submission runs on the thread pool so a cell that never yields cannot block the timeout below.
        var work = Task.Run(() => ExecuteAsync(magic, cellNumber, sink, cellCancellation.Token), CancellationToken.None);
        var deadline = Task.Delay(timeout, cancellationToken);
        var finished = await Task.WhenAny(work, deadline);
        if (finished != work)
        {
            await cellCancellation.CancelAsync();
            if (cancellationToken.IsCancellationRequested)
            {
                AbandonedBy = $"the run was cancelled during cell {cellNumber}";
                cancellationToken.ThrowIfCancellationRequested();
            }
            AbandonedBy = $"cell {cellNumber} timed out after {timeout.TotalSeconds:0.###} s, and its code may still be running";
            sink.Add(new ErrorOutput(
                "Timeout",
                $"Cell {cellNumber} did not finish within {timeout.TotalSeconds:0.###} s (--cell-timeout). It was abandoned; later C# cells of this notebook are not run.",
                []));
            return CellStatus.Failed;
        }

        var outcome = await work;
        Commit(outcome);
        if (outcome.State is not null) editing.Add(magic.Code, options);
        if (magic.Time)
        {
            sink.Add(new DisplayOutput(
                [new FormattedValue("text/plain", $"Wall time: {stopwatch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}ms")],
                DisplayId: null,
                IsReturnValue: false));
        }
        return sink.HasError ? CellStatus.Failed : CellStatus.Succeeded;
    }

    // Everything a cell changes in the session, applied only if the cell finished in time: an abandoned cell
    // must not replace the state or the references behind the back of the cells that follow.
    private sealed record Outcome(IReadOnlyList<string> NewSources, PackageAddition? Packages = null, ScriptState<object>? State = null);

    // Packages a cell added: the requests, NuGet's resolution, the assembly names now referenced, the new options.
    private sealed record PackageAddition(
        IReadOnlyList<PackageReference> Requested,
        PackageResolution Resolution,
        IReadOnlyList<string> AssemblyNames,
        ScriptOptions Options);

    private async Task<Outcome> ExecuteAsync(MagicCommands magic, int cellNumber, CellOutputSink sink, CancellationToken cancellationToken)
    {
        CellContext.Current = sink;
        var newSources = magic.Sources.Select(ResolveSource).Where(s => !sources.Contains(s)).Distinct().ToList();
        var none = new Outcome(newSources);
        try
        {
            PackageAddition? added = null;
            if (magic.Packages.Count > 0)
            {
                using (PhaseProfile.Begin($"cell{cellNumber}-packages", WorkingDirectory))
                    added = await AddPackagesAsync(magic.Packages, newSources, sink, cancellationToken);
                if (added is null) return none;
            }
            var packageOutcome = none with { Packages = added };
            var cellOptions = added?.Options ?? options;
            if (string.IsNullOrWhiteSpace(magic.Code)) return packageOutcome;

            var file = Path.Combine(WorkingDirectory, $"cell{cellNumber}.csx");
            lock (cellFiles) cellFiles[file] = cellNumber;
            var scriptOptions = cellOptions.WithFilePath(file);
            var script = state is null ? CSharpScript.Create(magic.Code, scriptOptions) : state.Script.ContinueWith(magic.Code, scriptOptions);
            ImmutableArray<Diagnostic> diagnostics;
            using (PhaseProfile.Begin($"cell{cellNumber}-compile", WorkingDirectory))
                diagnostics = script.Compile(cancellationToken);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                foreach (var error in errors.Take(10)) sink.Add(CompileError(error));
                return packageOutcome;
            }
            if (CompileWarnings(diagnostics) is { } warnings) sink.Write("stderr", warnings);

            ScriptState<object> next;
            using (PhaseProfile.Begin($"cell{cellNumber}-run", WorkingDirectory))
            {
                next = state is null
                    ? await script.RunAsync(globals: null, catchException: _ => true, cancellationToken)
                    : await script.RunFromAsync(state, catchException: _ => true, cancellationToken);
            }
            if (next.Exception is { } exception)
            {
                sink.Add(RuntimeError(exception));
            }
            else if ((bool)hasReturnValue.Invoke(next.Script, null)! && next.ReturnValue is not Microsoft.DotNet.Interactive.Formatting.DisplayedValue)
            {
                using (PhaseProfile.Begin($"cell{cellNumber}-format", WorkingDirectory))
                    sink.Add(new DisplayOutput(ValueFormatter.FormatResult(next.ReturnValue), DisplayId: null, IsReturnValue: true));
            }
            return packageOutcome with { State = next };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return none;
        }
        catch (PackageRestoreException exception)
        {
            sink.Add(new ErrorOutput("PackageRestoreError", exception.Message, []));
            return none;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            // The engine's own failure around this cell (cache folder, an unreadable assembly...): fail the cell, not the run.
            sink.Add(new ErrorOutput(exception.GetType().FullName!, exception.Message, []));
            return none;
        }
    }

    private void Commit(Outcome outcome)
    {
        sources.AddRange(outcome.NewSources);
        if (outcome.State is not null) state = outcome.State;
        if (outcome.Packages is { } added)
        {
            options = added.Options;
            foreach (var package in added.Requested) packages[package.Name] = package;
            packageAssemblyNames.UnionWith(added.AssemblyNames);
            foreach (var package in added.Resolution.Packages) resolvedVersions[package.Name] = package.Version;
        }
    }

    private string ResolveSource(string source) =>
        source.Contains("://", StringComparison.Ordinal) ? source : Path.GetFullPath(source, WorkingDirectory);

    /// <summary>
    /// Restores the notebook's whole package set plus <paramref name="requested"/>, and returns the options with the
    /// new assemblies referenced; null (with an error in <paramref name="sink"/>) when they cannot be added.
    /// </summary>
    private async Task<PackageAddition?> AddPackagesAsync(
        IReadOnlyList<PackageReference> requested, IReadOnlyList<string> newSources, CellOutputSink sink, CancellationToken cancellationToken)
    {
        var fresh = new List<PackageReference>();
        foreach (var package in requested)
        {
            var earlier = packages.GetValueOrDefault(package.Name)
                ?? fresh.FirstOrDefault(f => f.Name.Equals(package.Name, StringComparison.OrdinalIgnoreCase));
            if (earlier is not null)
            {
                var earlierVersion = resolvedVersions.GetValueOrDefault(earlier.Name) ?? earlier.Version;
                if (package.HasExactVersion && earlierVersion is not null && !string.Equals(package.Version, earlierVersion, StringComparison.OrdinalIgnoreCase))
                {
                    sink.Add(new ErrorOutput("PackageConflict", $"{package.Name} version {package.Version} cannot be added because version {earlierVersion} was added previously.", []));
                    return null;
                }
                continue;
            }
            fresh.Add(package);
        }
        if (fresh.Count == 0) return new PackageAddition([], new PackageResolution([], [], FromCache: true), [], options);

        var resolution = await restorer.RestoreAsync([.. packages.Values, .. fresh], [.. sources, .. newSources], cancellationToken);
        PackageAssemblies.Add(resolution.Assemblies);
        var references = new List<string>();
        var names = new List<string>();
        foreach (var assembly in resolution.Assemblies)
        {
            var name = Path.GetFileNameWithoutExtension(assembly);
            if (packageAssemblyNames.Contains(name) || names.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (hostAssemblies.Value.TryGetValue(name, out var hostPath))
            {
                // The engine already has this assembly loaded (or bound): use its copy, never a second one.
                var hostVersion = AssemblyName.GetAssemblyName(hostPath).Version;
                var packageVersion = AssemblyName.GetAssemblyName(assembly).Version;
                if (packageVersion > hostVersion)
                {
                    var owner = resolution.Packages.FirstOrDefault(p => assembly.Contains($"{Path.DirectorySeparatorChar}{p.Name.ToLowerInvariant()}{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
                    sink.Add(new ErrorOutput(
                        "PackageConflict",
                        $"{owner?.Name ?? name} version {owner?.Version ?? packageVersion?.ToString()} cannot be added because the engine already uses {name} {hostVersion}, older than the {packageVersion} it needs.",
                        []));
                    return null;
                }
                if (!IsFrameworkAssembly(hostPath)) references.Add(hostPath);
            }
            else
            {
                references.Add(assembly);
            }
            names.Add(name);
        }

        // The kernel's own rendering of a restore (sorted, in its nested divs, HTML only), so a notebook's setup cell
        // shows the same output in VS Code and here.
        var lines = fresh
            .Select(p => $"{p.Name}, {resolution.Packages.FirstOrDefault(r => r.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))?.Version ?? p.VersionOrLatest}")
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        sink.Add(new DisplayOutput(
            [new FormattedValue("text/html", "<div><div></div><div></div><div><strong>Installed Packages</strong><ul>" + string.Concat(lines.Select(l => $"<li><span>{WebUtility.HtmlEncode(l)}</span></li>")) + "</ul></div></div>")],
            DisplayId: null,
            IsReturnValue: false));
        return new PackageAddition(fresh, resolution, names, options.AddReferences(references.Select(r => MetadataReference.CreateFromFile(r))));
    }

    /// <summary>
    /// A cell's compiler warnings as the C# kernel prints them before running it (on stderr, a blank line before and
    /// after, "(line,column): warning ID: message" each), or null when there are none.
    /// </summary>
    private static string? CompileWarnings(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(d =>
            {
                var text = $"warning {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
                if (!d.Location.IsInSource) return text;
                var position = d.Location.GetLineSpan().StartLinePosition;
                return $"({position.Line + 1},{position.Character + 1}): {text}";
            })
            .ToList();
        return lines.Count == 0 ? null : "\n" + string.Join("\n", lines) + "\n\n";
    }

    private static ErrorOutput CompileError(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return new ErrorOutput(diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture), [], position.Line + 1, position.Character + 1);
    }

    private ErrorOutput RuntimeError(Exception exception)
    {
        var message = exception.Message;
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            message += $"\n ---> {inner.GetType().FullName}: {inner.Message}";
        var cellLine = default(int?);
        var frames = new List<string>();
        var trace = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        int lastCellFrame;
        lock (cellFiles) lastCellFrame = Array.FindLastIndex(trace, f => f.GetFileName() is { } file && cellFiles.ContainsKey(file));
        foreach (var frame in trace.Take(lastCellFrame + 1))
        {
            if (frame.GetMethod() is not { } method || IsMachinery(method)) continue;
            var text = "at " + FrameName(method);
            int? cell = null;
            lock (cellFiles) if (frame.GetFileName() is { } file && cellFiles.TryGetValue(file, out var n)) cell = n;
            if (cell is not null)
            {
                text += $" in cell {cell}, line {frame.GetFileLineNumber()}";
                cellLine ??= frame.GetFileLineNumber();
            }
            else if (frame.GetFileName() is { } other)
            {
                text += $" in {Path.GetFileName(other)}:line {frame.GetFileLineNumber()}";
            }
            frames.Add(text);
        }
        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, message, frames, cellLine);
    }

    private static bool IsMachinery(MethodBase method)
    {
        var ns = method.DeclaringType?.Namespace ?? "";
        return ns.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal)
            || ns.StartsWith("System.Runtime.ExceptionServices", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);
    }

    /// <summary>"Boom()", "Foo.Bar()", "lambda in Main()", or "cell code" for a cell's top-level statements.</summary>
    private static string FrameName(MethodBase method)
    {
        var type = method.DeclaringType;
        var name = method.Name;
        // Async methods and iterators run in a generated type named <Method>d__N whose method is MoveNext.
        while (type is not null && type.Name.StartsWith('<'))
        {
            if (name is "MoveNext") name = type.Name[1..type.Name.IndexOf('>')];
            type = type.DeclaringType;
        }
        if (name.StartsWith('<') && name.IndexOf('>') is var close and > 1)
        {
            var outer = name[1..close];
            name = outer == "<Initialize" ? "<Initialize>" : $"lambda in {outer}";
        }
        if (name is "<Initialize>" or "<Initialize") return "cell code";
        var owner = type is null || type.Name.StartsWith("Submission#", StringComparison.Ordinal) ? "" : type.Name + ".";
        return $"{owner}{name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
    }

    private static ImmutableArray<MetadataReference> CreateBaseReferences()
    {
        // The whole shared framework, as a net10.0 project sees it, plus the helpers and the formatting library
        // (and what its public API exposes: IHtmlContent), as .NET Interactive references them.
        var framework = hostAssemblies.Value.Values.Where(IsFrameworkAssembly);
        var engine = new[]
        {
            typeof(NotebookHelpers).Assembly.Location,
            typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location,
            typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location,
        };
        return [.. framework.Concat(engine).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static bool IsFrameworkAssembly(string path) =>
        string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal);

    /// <summary>Every managed assembly the host process binds by name (framework and application), by simple name.</summary>
    private static IReadOnlyDictionary<string, string> ReadHostAssemblies()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths.Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        return byName;
    }
}
