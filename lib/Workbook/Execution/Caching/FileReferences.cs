namespace Workbook.Execution.Caching;

/// <summary>
/// The files a C# cell loads by path: <c>#r "file.dll"</c> (an assembly) and <c>#load "file.csx"</c> (a script), the
/// directives Roslyn itself resolves, relative to the notebook's folder. <c>#r "nuget: …"</c> is a package, not a file.
/// </summary>
internal static class FileReferences
{
    /// <summary>The full paths the directives in <paramref name="code"/> name, in order.</summary>
    public static IEnumerable<string> In(string code, string notebookDirectory)
    {
        foreach (var raw in code.Split('\n'))
        {
            var line = raw.Trim();
            var argument = Argument(line, "#r") ?? Argument(line, "#load");
            if (argument is null || argument.Length == 0 || argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) continue;
            yield return Path.GetFullPath(Path.Combine(notebookDirectory, argument));
        }
    }

    // The quoted text after the directive, or null when the line is not that directive.
    private static string? Argument(string line, string directive)
    {
        if (!line.StartsWith(directive, StringComparison.Ordinal) || line.Length == directive.Length) return null;
        var rest = line[directive.Length..];
        if (!char.IsWhiteSpace(rest[0]) && rest[0] != '"') return null;
        rest = rest.Trim();
        if (rest.Length < 2 || rest[0] != '"') return null;
        var end = rest.IndexOf('"', 1);
        return end < 0 ? null : rest[1..end];
    }
}
