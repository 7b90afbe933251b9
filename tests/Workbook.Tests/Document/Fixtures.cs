namespace Workbook.Tests.Document;

/// <summary>
/// Finds files under <c>Document/Fixtures</c> in the source tree, so byte-exact fixtures are read as committed
/// (the folder's .gitattributes stops line-ending conversion) without copying them to the build output.
/// </summary>
internal static class Fixtures
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

    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}

/// <summary>A temporary folder deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("workbook-document-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
