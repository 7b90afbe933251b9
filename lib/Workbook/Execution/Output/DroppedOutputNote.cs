using System.Globalization;

namespace Workbook.Execution.Output;

/// <summary>
/// The line that ends a cell's output when its limits dropped some: how much, which limit, and how to raise it
/// where the caller has a way. Shared by <c>workbook run</c> and the Jupyter kernel, so both say it the same way.
/// </summary>
public static class DroppedOutputNote
{
    /// <summary>The note for <paramref name="characters"/> characters and <paramref name="outputs"/> whole displays dropped.</summary>
    /// <param name="characters">Characters of text dropped.</param>
    /// <param name="outputs">Whole displays dropped.</param>
    /// <param name="limit">The limit first reached (<c>per-cell limit of 1MB</c>), or null.</param>
    /// <param name="howToRaise">A sentence saying how to raise the limit, or null where there is none.</param>
    public static string Format(long characters, int outputs, string? limit, string? howToRaise)
    {
        var what = OutputLimits.Describe(characters) + " of output";
        if (outputs > 0) what += $" ({outputs.ToString(CultureInfo.InvariantCulture)} display{(outputs == 1 ? "" : "s")} included)";
        return $"\n[Output truncated: {what} dropped beyond the {limit ?? "output limit"}.{(howToRaise is null ? "" : " " + howToRaise)}]\n";
    }
}
