using System.Globalization;

namespace Workbook.Execution;

/// <summary>
/// How much output a run keeps, in characters of text (console text, display values, error messages): per cell and
/// per notebook. Beyond either, output is dropped and the cell ends with a note saying what was dropped, so a cell
/// that prints without end cannot exhaust memory or produce a report no browser opens.
/// </summary>
/// <param name="PerCell">Characters one cell may keep.</param>
/// <param name="PerNotebook">Characters all cells of one notebook may keep together.</param>
public sealed record OutputLimits(long PerCell, long PerNotebook)
{
    /// <summary>1 MB of text per cell, 20 MB per notebook.</summary>
    public static readonly OutputLimits Default = new(1_000_000, 20_000_000);

    /// <summary>No limit (only for callers that bound output themselves).</summary>
    public static readonly OutputLimits None = new(long.MaxValue, long.MaxValue);

    /// <summary>"1 MB", "199.9 MB", "250 KB", "12 characters" (1 MB = a million characters).</summary>
    public static string Describe(long characters) => characters switch
    {
        >= 1_000_000 => (characters / 1_000_000d).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (characters / 1_000d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => characters.ToString("N0", CultureInfo.InvariantCulture) + " characters",
    };
}
