using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workbook.Rendering;

/// <summary>
/// One line of the index: which report file, its title, when its run started, how long it took and whether it
/// failed. Every report carries its summary in a <c>&lt;meta name="workbook-report"&gt;</c> tag at the top of its
/// head, so the index can list reports written by earlier runs too.
/// </summary>
internal sealed partial record ReportSummary(
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

    // The meta tag sits before the styles and scripts, well inside the first few tens of kilobytes.
    private const int HeadBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The summary as JSON without the file name (the file name is where it is read from).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored(Title, NotebookPath, StartedAt, (long)Duration.TotalMilliseconds, Succeeded, FailedCell, Abstract, AnswerHtml, FigureAlt,
        AsOf?.Sources.Select(s => new StoredAsOf(s.Label, s.Date, s.RefreshCommand)).ToList()), Json);

    /// <summary>Reads the summary from a report file's head; null for any other HTML file or an unreadable one.</summary>
    public static ReportSummary? ReadFrom(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[HeadBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var match = MetaTag().Match(System.Text.Encoding.UTF8.GetString(buffer, 0, read));
            if (!match.Success)
                return null;
            var stored = JsonSerializer.Deserialize<Stored>(WebUtility.HtmlDecode(match.Groups[1].Value), Json);
            return stored is null ? null : new ReportSummary(
                Path.GetFileName(path), stored.Title, stored.Notebook, stored.StartedAt,
                TimeSpan.FromMilliseconds(stored.DurationMs), stored.Succeeded, stored.FailedCell)
            {
                Abstract = stored.Abstract,
                AnswerHtml = stored.Answer,
                FigureAlt = stored.Figure,
                AsOf = stored.AsOf is { Count: > 0 } asOf ? new DataAsOf(asOf.Select(a => new AsOfDeclaration(a.Label, a.Date, a.Refresh)).ToList()) : null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("<meta name=\"" + MetaName + "\" content=\"([^\"]*)\">")]
    private static partial Regex MetaTag();

    private sealed record Stored(string Title, string Notebook, DateTimeOffset StartedAt, long DurationMs, bool Succeeded, int? FailedCell, string? Abstract = null, string? Answer = null, string? Figure = null, IReadOnlyList<StoredAsOf>? AsOf = null);

    private sealed record StoredAsOf(string Label, DateOnly Date, string? Refresh);
}
