namespace Workbook.Execution.Magic;

/// <summary>
/// A C# cell with its magic lines taken out. Each magic line is replaced by an empty line, so line and column
/// numbers Roslyn reports for <see cref="Code"/> are the cell's own. <c>#r "path.dll"</c> and the other
/// directives Roslyn understands stay in the code.
/// </summary>
/// <param name="Code">The code for Roslyn.</param>
/// <param name="Packages">Packages from <c>#r "nuget: ..."</c>, in order.</param>
/// <param name="Sources">Package sources from <c>#i "nuget: ..."</c>, in order.</param>
/// <param name="Files">The files named by <c>#r "file.dll"</c> and <c>#load "file.csx"</c>, as written (relative to the
/// notebook's folder unless rooted), in order; those lines stay in <see cref="Code"/>, for Roslyn resolves them.</param>
/// <param name="Time">The cell has <c>#!time</c>.</param>
/// <param name="Error">The first magic line the engine cannot handle, or null.</param>
public sealed record MagicCommands(
    string Code,
    IReadOnlyList<PackageReference> Packages,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Files,
    bool Time,
    MagicError? Error)
{
    // Kernel selectors that may appear inside a cell: the C# ones are no-ops here, the others name a kernel
    // this engine does not have (a .dib separator line never reaches the cell; see the .dib rules).
    private static readonly HashSet<string> csharpSelectors = ["csharp", "c#", "C#", "cs"];
    private static readonly HashSet<string> otherKernels =
        ["fsharp", "f#", "fs", "pwsh", "powershell", "javascript", "js", "html", "http", "mermaid", "value", "markdown", "md", "sql", "kql"];

    /// <summary>Splits a C# cell's contents into code and magic commands.</summary>
    public static MagicCommands Parse(string contents)
    {
        var lines = contents.Split('\n');
        var packages = new List<PackageReference>();
        var sources = new List<string>();
        var files = new List<string>();
        var time = false;
        MagicError? error = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var text = line.TrimStart();
            var column = line.Length - text.Length + 1;
            if (text.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = text[2..].Split((char[]?)null, 2, StringSplitOptions.None)[0];
                if (name == "time") time = true;
                else if (csharpSelectors.Contains(name)) { }
                else if (otherKernels.Contains(name))
                    error ??= new MagicError($"Kernel '{name}' is not supported by this engine: only C# runs here.", i + 1, column);
                else
                    error ??= new MagicError($"Unknown magic command '#!{name}'.", i + 1, column);
                lines[i] = "";
            }
            else if (IsDirective(text, "#r") && Argument(text) is var reference && reference.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                if (PackageReference.Parse(reference["nuget:".Length..]) is { } package) packages.Add(package);
                else error ??= new MagicError($"Cannot read the package reference '{text}': expected #r \"nuget: Name\" or #r \"nuget: Name, Version\".", i + 1, column);
                lines[i] = "";
            }
            else if ((IsDirective(text, "#r") || IsDirective(text, "#load")) && QuotedArgument(text) is { Length: > 0 } file)
            {
                files.Add(file);
            }
            else if (IsDirective(text, "#i"))
            {
                var source = Argument(text);
                if (source.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) source = source["nuget:".Length..].Trim(' ', '\t', '"');
                if (source.Length > 0) sources.Add(source);
                else error ??= new MagicError($"Cannot read the package source '{text}': expected #i \"nuget: <source URL or folder>\".", i + 1, column);
                lines[i] = "";
            }
        }
        return new MagicCommands(string.Join('\n', lines), packages, sources, files, time, error);
    }

    private static bool IsDirective(string text, string directive) =>
        text.StartsWith(directive, StringComparison.Ordinal)
        && text.Length > directive.Length
        && (char.IsWhiteSpace(text[directive.Length]) || text[directive.Length] == '"');

    private static string Argument(string text) => text[2..].Trim(' ', '\t', '"');

    // The text between the quotes after the directive (#r "a.dll" // why → a.dll), or null when it is not quoted.
    private static string? QuotedArgument(string text)
    {
        var rest = text[text.IndexOfAny([' ', '\t', '"'])..].Trim();
        if (rest.Length < 2 || rest[0] != '"') return null;
        var end = rest.IndexOf('"', 1);
        return end < 0 ? null : rest[1..end];
    }
}

/// <summary>A magic line the engine rejects, with its 1-based position in the cell.</summary>
public sealed record MagicError(string Message, int Line, int Column);
