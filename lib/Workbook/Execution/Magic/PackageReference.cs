namespace Workbook.Execution.Magic;

/// <summary>
/// A package a cell asks for with <c>#r "nuget: Name, Version"</c>. <see cref="Version"/> is null when the cell
/// gave none (latest stable); it may be a floating version such as <c>*-*</c> (latest, prereleases included).
/// </summary>
public sealed record PackageReference(string Name, string? Version)
{
    /// <summary>The version to put in a PackageReference item: the given one, or <c>*</c> (latest stable).</summary>
    public string VersionOrLatest => Version ?? "*";

    /// <summary>True when the version is given exactly (no wildcard).</summary>
    public bool HasExactVersion => Version is { } v && !v.Contains('*');

    /// <summary>
    /// Parses the text after <c>nuget:</c>: a name, then optionally a comma and a version. Spaces, tabs and
    /// quotes around either part are ignored. Returns null when there is no name.
    /// </summary>
    public static PackageReference? Parse(string text)
    {
        var comma = text.IndexOf(',');
        var name = Clean(comma < 0 ? text : text[..comma]);
        var version = comma < 0 ? "" : Clean(text[(comma + 1)..]);
        if (name.Length == 0 || name.Any(char.IsWhiteSpace) || version.Any(char.IsWhiteSpace)) return null;
        return new PackageReference(name, version.Length == 0 ? null : version);
    }

    private static string Clean(string part) => part.Trim(' ', '\t', '"');

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name}, {Version}";
}
