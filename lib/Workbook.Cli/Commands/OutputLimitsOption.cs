using System.Globalization;
using Workbook.Execution;

namespace Workbook.Cli.Commands;

/// <summary>
/// The <c>--max-output CELL[,NOTEBOOK]</c> value: sizes in characters of text, with <c>KB</c> (thousand) or
/// <c>MB</c> (million); without a notebook size, a notebook keeps twenty cells' worth.
/// </summary>
internal static class OutputLimitsOption
{
    public static OutputLimits Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2) throw Invalid(text);
        var cell = Size(parts[0], text);
        var notebook = parts.Length == 2 ? Size(parts[1], text) : checked(cell * 20);
        if (notebook < cell)
            throw new UsageException($"--max-output {text}: the notebook's limit ({OutputLimits.Describe(notebook)}) is below the cell's ({OutputLimits.Describe(cell)}).");
        return new OutputLimits(cell, notebook);
    }

    /// <summary>"1MB,20MB".</summary>
    public static string Describe(OutputLimits limits) => $"{Compact(limits.PerCell)},{Compact(limits.PerNotebook)}";

    private static long Size(string part, string whole)
    {
        var (digits, factor) = part.ToUpperInvariant() switch
        {
            var p when p.EndsWith("MB", StringComparison.Ordinal) => (p[..^2], 1_000_000L),
            var p when p.EndsWith("KB", StringComparison.Ordinal) => (p[..^2], 1_000L),
            var p => (p, 1L),
        };
        if (!decimal.TryParse(digits.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * factor > 1_000_000_000_000m)
            throw Invalid(whole);
        return (long)Math.Ceiling(value * factor);
    }

    private static string Compact(long characters) =>
        characters % 1_000_000 == 0 ? $"{characters / 1_000_000}MB"
        : characters % 1_000 == 0 ? $"{characters / 1_000}KB"
        : characters.ToString(CultureInfo.InvariantCulture);

    private static UsageException Invalid(string text) =>
        new($"--max-output {text}: expected a size per cell and, optionally, per notebook, such as 1MB or 500KB,20MB. See 'workbook run --help'.");
}
