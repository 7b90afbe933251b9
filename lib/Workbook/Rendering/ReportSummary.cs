using System.Text.Json;

namespace Workbook.Rendering;

/// <summary>
/// One line of the index: which report file, its title, when its run started, how long it took and whether it
/// failed. Every report carries its summary in a <c>&lt;meta name="workbook-report"&gt;</c> tag at the top of its
/// head, and the engine writes the same beside it as its record (<c>Workbook.Publishing.SummaryRecord</c>), from
/// which the index lists reports written by earlier runs too.
/// </summary>
internal sealed record ReportSummary(
    string FileName,
    string Title,
    string NotebookPath,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    bool Succeeded,
    int? FailedCell)
{
    /// <summary>The notebook's first paragraph, as plain text, or null.</summary>
    public string? Abstract { get; init; }

    /// <summary>
    /// The answer the notebook gives for the whole workbook (the output of a cell marked <c>//| index: answer</c>),
    /// as sanitised HTML, or null.
    /// </summary>
    public string? AnswerHtml { get; init; }

    /// <summary>What the data the notebook read run to, or null when its outputs declare nothing.</summary>
    public DataAsOf? AsOf { get; init; }

    /// <summary>The alt text of the report's first chart ("Figure 1: ..."), or null when it has none.</summary>
    public string? FigureAlt { get; init; }

    /// <summary>The first chart's Plotly figure JSON, for drawing its thumbnail; known for a fresh run only, never stored.</summary>
    public string? FigureJson { get; init; }

    /// <summary>The summary with the report's first chart, if any.</summary>
    public ReportSummary WithFirstChart(FirstChart? chart) => this with { FigureAlt = chart?.Alt, FigureJson = chart?.FigureJson };

    /// <summary>The meta tag's name.</summary>
    public const string MetaName = "workbook-report";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The summary as JSON without the file name (the file name is where it is read from).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored(Title, NotebookPath, StartedAt, (long)Duration.TotalMilliseconds, Succeeded, FailedCell, Abstract, AnswerHtml, FigureAlt,
        AsOf?.Sources.Select(s => new StoredAsOf(s.Label, s.Date, s.RefreshCommand)).ToList()), Json);

    /// <summary>
    /// The summary of report <paramref name="fileName"/> from its JSON (<see cref="ToJson"/>); null when the JSON is
    /// not a summary. The HTML in it (the answer) passes the author-HTML sanitiser again, as the JSON comes from a file
    /// anyone with the folder could have written.
    /// </summary>
    public static ReportSummary? FromJson(string fileName, string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json, Json);
            return stored is null ? null : new ReportSummary(
                fileName, stored.Title, stored.Notebook, stored.StartedAt,
                TimeSpan.FromMilliseconds(stored.DurationMs), stored.Succeeded, stored.FailedCell)
            {
                Abstract = stored.Abstract,
                AnswerHtml = stored.Answer is { } answer ? AuthorHtml.Sanitize(answer) : null,
                FigureAlt = stored.Figure,
                AsOf = stored.AsOf is { Count: > 0 } asOf ? new DataAsOf(asOf.Select(a => new AsOfDeclaration(a.Label, a.Date, a.Refresh)).ToList()) : null,
            };
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Stored(string Title, string Notebook, DateTimeOffset StartedAt, long DurationMs, bool Succeeded, int? FailedCell, string? Abstract = null, string? Answer = null, string? Figure = null, IReadOnlyList<StoredAsOf>? AsOf = null);

    private sealed record StoredAsOf(string Label, DateOnly Date, string? Refresh);
}
