using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;


namespace Workbook.Execution.Editing;

/// <summary>
/// The notebook's cells as Roslyn's interactive window models them: one submission project per cell that ran,
/// each referencing the one before, so a cell being edited sees the variables, types and usings of earlier cells
/// and the assemblies their packages and <c>#r</c> lines added. Completion and symbol help are asked of a scratch
/// submission appended to that chain; earlier submissions' compilations are kept between requests.
/// </summary>
internal sealed class SubmissionWorkspace : IDisposable
{
    private static readonly CSharpParseOptions scriptParsing =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    // Documentation is read from the XML beside each reference (the reference pack's for the framework).
    private static readonly ConcurrentDictionary<string, MetadataReference> documented = new(StringComparer.Ordinal);

    private readonly Lazy<AdhocWorkspace> lazyWorkspace = new(() => new AdhocWorkspace(MefHostServices.DefaultHost));
    private readonly Lock gate = new();
    private readonly List<(string Code, ScriptOptions Options)> pending = [];
    private ProjectId? last;
    private int count;

    private AdhocWorkspace Workspace => lazyWorkspace.Value;

    /// <summary>
    /// Appends a cell that ran (its code with magic lines blanked). Its project is built only when an editor first
    /// asks, so a batch run, which never asks, pays nothing for it.
    /// </summary>
    public void Add(string code, ScriptOptions options)
    {
        lock (gate) pending.Add((code, options));
    }

    private void Catch()
    {
        foreach (var (code, options) in pending)
        {
            var (solution, project, _) = WithSubmission(Workspace.CurrentSolution, code, options, $"Submission{++count}");
            Workspace.TryApplyChanges(solution);
            last = project;
        }
        pending.Clear();
    }

    /// <summary>Completions at <paramref name="position"/> (an offset in <paramref name="code"/>).</summary>
    public async Task<CodeCompletions> CompleteAsync(string code, int position, ScriptOptions options, CancellationToken cancellationToken)
    {
        var document = Scratch(code, options);
        var service = CompletionService.GetService(document);
        if (service is null) return new CodeCompletions(position, position, []);
        var list = await service.GetCompletionsAsync(document, position, cancellationToken: cancellationToken);
        var span = list.Span;
        var typed = code[span.Start..Math.Min(Math.Max(position, span.Start), code.Length)];
        var matches = list.ItemsList
            .Where(item => item.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(item => !item.FilterText.StartsWith(typed, StringComparison.Ordinal))
            .ThenBy(item => item.SortText, StringComparer.OrdinalIgnoreCase)
            .Select(item => item.DisplayText)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CodeCompletions(span.Start, span.End, matches);
    }

    /// <summary>Help on the symbol at or just before <paramref name="position"/>, or null when there is none.</summary>
    public async Task<SymbolHelp?> InspectAsync(string code, int position, bool detailed, ScriptOptions options, CancellationToken cancellationToken)
    {
        var document = Scratch(code, options);
        var model = await document.GetSemanticModelAsync(cancellationToken);
        if (model is null) return null;
        foreach (var at in new[] { position, position - 1 }.Where(p => p >= 0 && p <= code.Length).Distinct())
        {
            var symbol = await SymbolFinder.FindSymbolAtPositionAsync(model, at, Workspace, cancellationToken);
            if (symbol is not null) return SymbolDocumentation.Describe(symbol, detailed, cancellationToken);
        }
        return null;
    }

    // The cell being edited, on a fork of the solution that is never applied.
    private Microsoft.CodeAnalysis.Document Scratch(string code, ScriptOptions options)
    {
        lock (gate)
        {
            Catch();
            var (solution, _, document) = WithSubmission(Workspace.CurrentSolution, code, options, "Edited");
            return solution.GetDocument(document)!;
        }
    }

    private (Solution Solution, ProjectId Project, DocumentId Document) WithSubmission(Solution solution, string code, ScriptOptions options, string name)
    {
        var id = ProjectId.CreateNewId();
        var compilation = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                usings: options.Imports,
                metadataReferenceResolver: options.MetadataResolver,
                sourceReferenceResolver: options.SourceResolver,
                nullableContextOptions: NullableContextOptions.Disable)
            .WithAllowUnsafe(true);
        var project = ProjectInfo.Create(
            id,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: compilation,
            parseOptions: scriptParsing,
            metadataReferences: options.MetadataReferences.Select(WithDocumentation).Distinct(),
            projectReferences: last is null ? [] : [new ProjectReference(last)],
            isSubmission: true);
        var document = DocumentId.CreateNewId(id, name);
        solution = solution.AddProject(project).AddDocument(document, name + ".csx", SourceText.From(code));
        return (solution, id, document);
    }

    private static MetadataReference WithDocumentation(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { } path }) return reference;
        return documented.GetOrAdd(path, p => MetadataReference.CreateFromFile(p, documentation: ReferenceDocumentation.For(p)));
    }

    public void Dispose()
    {
        if (lazyWorkspace.IsValueCreated) Workspace.Dispose();
    }
}
