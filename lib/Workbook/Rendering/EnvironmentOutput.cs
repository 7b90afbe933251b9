using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>
/// The package list a setup cell's <c>#r "nuget: …"</c> lines display ("Installed Packages", as the engine and the
/// .NET Interactive kernel write it). The report folds it into the header's one-line Environment detail instead of
/// opening with it.
/// </summary>
internal static class EnvironmentOutput
{
    private const string Heading = "Installed Packages";

    /// <summary>The packages listed by <paramref name="output"/>, or null when it is not a package list.</summary>
    public static IReadOnlyList<string>? Packages(CellOutput output)
    {
        if (output is not DisplayOutput display || display.Get("text/plain") is not { } plain)
            return null;
        var lines = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines[0].Trim() != Heading)
            return null;
        return lines.Skip(1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)
            .ToList();
    }
}
