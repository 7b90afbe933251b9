using System.Globalization;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// What the data a notebook read run to, from the <see cref="AsOfDeclaration"/>s its outputs carry: one per label,
/// the first cell's word kept. The report's header and the index card show <see cref="Text"/>; a run that starts
/// more than <see cref="StaleAfterDays"/> days after <see cref="End"/> is stale, and the report says so under its
/// abstract.
/// </summary>
/// <param name="Sources">The declared sources, in order of first declaration.</param>
internal sealed record DataAsOf(IReadOnlyList<AsOfDeclaration> Sources)
{
    /// <summary>How many days may pass between the end of the data and a run before the report calls the data stale.</summary>
    public const int StaleAfterDays = 30;

    /// <summary>"prices to 2026-10-07 · news to 2026-06-23".</summary>
    public string Text => string.Join(" · ", Sources.Select(s => s.Text));

    /// <summary>Where the data end: the latest declared date (one source may lag another, as a news catalog does prices).</summary>
    public DateOnly End => Sources.Max(s => s.Date);

    /// <summary>The first refresh command declared, or null.</summary>
    public string? RefreshCommand => Sources.Select(s => s.RefreshCommand).FirstOrDefault(c => c is not null);

    /// <summary>Whole days from <see cref="End"/> to the (UTC) date a run started.</summary>
    public int DaysBefore(DateTimeOffset runStarted) => DateOnly.FromDateTime(runStarted.UtcDateTime).DayNumber - End.DayNumber;

    /// <summary>True when a run started more than <see cref="StaleAfterDays"/> days after the data end.</summary>
    public bool IsStaleAt(DateTimeOffset runStarted) => DaysBefore(runStarted) > StaleAfterDays;

    /// <summary>The declarations of every cell's outputs, or null when the notebook declares none.</summary>
    public static DataAsOf? Of(IEnumerable<IReadOnlyList<CellOutput>> cellOutputs)
    {
        var sources = new List<AsOfDeclaration>();
        foreach (var declaration in cellOutputs.SelectMany(AsOfDeclaration.In))
        {
            if (!sources.Any(s => string.Equals(s.Label, declaration.Label, StringComparison.Ordinal)))
                sources.Add(declaration);
        }
        return sources.Count == 0 ? null : new DataAsOf(sources);
    }

    /// <summary>The staleness line under the abstract, as HTML, or null when the data are fresh at <paramref name="runStarted"/>.</summary>
    public string? StaleLineHtml(DateTimeOffset runStarted)
    {
        if (!IsStaleAt(runStarted))
            return null;
        var days = DaysBefore(runStarted).ToString(CultureInfo.InvariantCulture);
        var end = End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var line = $"<strong>Stale data:</strong> the data end <time datetime=\"{end}\">{end}</time> ({Html.Escape(Text)}), {days} days before this run.";
        if (RefreshCommand is { } command)
            line += $" Refresh them with <code>{Html.Escape(command)}</code> and rerun.";
        return line;
    }
}
