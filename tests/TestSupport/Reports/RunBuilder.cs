using Microsoft.DotNet.Interactive.Documents;
using Workbook.Execution;
using Workbook.Execution.Parameters;
using Workbook.Outputs;

namespace TestSupport.Reports;

/// <summary>Builds a <see cref="NotebookRun"/> by hand, cell by cell, the way the engine would record it.</summary>
public sealed class RunBuilder(string sourcePath)
{
    private readonly List<CellResult> _cells = [];
    private readonly Dictionary<string, string> _parameters = [];
    private readonly HashSet<string> _overridden = [];

    public DateTimeOffset StartedAt { get; set; } = new(2026, 2, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The data folder the run was given, fingerprinted when the run is built, as the runner does; null for none.</summary>
    public string? DataFolder { get; set; }

    public RunBuilder Markdown(string contents) => Add(Element("markdown", contents), CellStatus.Succeeded, TimeSpan.Zero, []);

    public RunBuilder Code(string contents, params CellOutput[] outputs) =>
        Add(Element("csharp", contents), CellStatus.Succeeded, TimeSpan.FromMilliseconds(40 + 15 * _cells.Count), outputs);

    public RunBuilder Failed(string contents, ErrorOutput error, params CellOutput[] before) =>
        Add(Element("csharp", contents), CellStatus.Failed, TimeSpan.FromMilliseconds(120), [.. before, error]);

    public RunBuilder Skipped(string contents) => Add(Element("csharp", contents), CellStatus.Skipped, TimeSpan.Zero, []);

    public RunBuilder Cell(string kernel, string contents, CellStatus status, TimeSpan duration, params CellOutput[] outputs) =>
        Add(Element(kernel, contents), status, duration, outputs);

    public RunBuilder Parameter(string name, string value, bool overridden = false)
    {
        _parameters[name] = value;
        if (overridden)
            _overridden.Add(name);
        return this;
    }

    public NotebookRun Build()
    {
        var document = new InteractiveDocument(_cells.Select(c => c.Cell).ToList());
        // As the engine records them: in the parameters cell's order, each with the default it declares.
        var declared = NotebookParameters.Declared(document);
        var order = declared.Select(d => d.Name).ToList();
        var values = _parameters.Keys
            .OrderBy(n => order.IndexOf(n) is var i && i < 0 ? int.MaxValue : i).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new ParameterValue(n, _parameters[n], _overridden.Contains(n), declared.FirstOrDefault(d => d.Name == n)?.DefaultSource))
            .ToList();
        return new(
            sourcePath,
            document,
            _cells.ToList(),
            RunProvenance.Capture(sourcePath, DataFolder, new ParameterValues(values)) with { StartedAt = StartedAt },
            _cells.Aggregate(TimeSpan.FromMilliseconds(350), (total, c) => total + c.Duration));
    }

    private static InteractiveDocumentElement Element(string kernel, string contents) => new(contents, kernel, []);

    private RunBuilder Add(InteractiveDocumentElement cell, CellStatus status, TimeSpan duration, IReadOnlyList<CellOutput> outputs)
    {
        _cells.Add(new CellResult(_cells.Count, cell, status, outputs, duration));
        return this;
    }

    public static DisplayOutput Html(string html, string? plain = null) =>
        new(plain is null ? [new FormattedValue("text/html", html)] : [new FormattedValue("text/html", html), new FormattedValue("text/plain", plain)], null, true);

    public static DisplayOutput Text(string text) => new([new FormattedValue("text/plain", text)], null, true);

    public static StreamOutput Stdout(string text) => new("stdout", text);
}
