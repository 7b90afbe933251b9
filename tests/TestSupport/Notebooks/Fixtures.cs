namespace TestSupport.Notebooks;

/// <summary>
/// Finds files under <c>Document/Fixtures</c> in the source tree, so byte-exact fixtures are read as committed
/// (the folder's .gitattributes stops line-ending conversion) without copying them to the build output.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Workbook.Tests", "Document", "Fixtures");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"tests/Workbook.Tests/Document/Fixtures not found above {AppContext.BaseDirectory}.");
    });

    /// <summary>The full path of fixture <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    /// <summary>The text of fixture <paramref name="name"/>.</summary>
    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
