namespace MinerCapex.Notebook;

/// <summary>
/// The workbook's declaration of how far a source of data runs, as a cell's HTML carries it: a span marked
/// <c>data-workbook-as-of</c> (the ISO date), <c>data-workbook-as-of-label</c> (the source) and, optionally,
/// <c>data-workbook-refresh</c> (the command that brings it up to date), reading "label to date". A workbook report
/// lifts it into its header and the index card, and says under its abstract when the data end more than 30 days
/// before the run; any other notebook front end just shows the words. The output is the same in every kernel: it
/// holds the data's dates only, never the clock's.
/// </summary>
public static class AsOf
{
    /// <summary>"label to yyyy-MM-dd", marked as the declaration.</summary>
    public static Markup Declaration(string label, DateOnly date, string? refreshCommand = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var iso = Numbers.Date(date);
        var refresh = refreshCommand is null ? Markup.Empty : Markup.Of($" data-workbook-refresh=\"{refreshCommand}\"");
        return Markup.Of($"<span data-workbook-as-of=\"{iso}\" data-workbook-as-of-label=\"{label}\"{refresh}>{label} to {iso}</span>");
    }
}
