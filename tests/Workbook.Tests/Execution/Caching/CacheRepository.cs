
namespace Workbook.Tests.Execution.Caching;

/// <summary>
/// A scratch repository laid out like the workbook's (a <c>.git</c> folder, <c>data/</c>, <c>notebooks/</c>), whose
/// notebooks append a line to a marker file beside them each time a worker really runs them.
/// </summary>
internal sealed class CacheRepository
{
    private CacheRepository(string root) => Root = root;

    /// <summary>The repository root, where <c>.workbook/cache</c> goes.</summary>
    public string Root { get; }

    public string Reports => Path.Combine(Root, "reports");

    public string CacheFolder => Path.Combine(Root, ".workbook", "cache");

    /// <summary>An empty repository with a one-file data folder.</summary>
    public static CacheRepository Create()
    {
        var root = CliRunner.Folder(("data/prices.csv", "date,close\n2026-01-02,100\n"));
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        return new CacheRepository(root);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (under the root) and returns the full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// notebooks/<paramref name="name"/>.dib: a markdown cell, then a C# cell that records the run in
    /// <c>notebooks/name.runs</c> and runs <paramref name="code"/>.
    /// </summary>
    public string Notebook(string name, string code = "Console.WriteLine(6 * 7);", string markdown = "# A cached notebook\n\nIt prints a number.", string beforeMarker = "") =>
        Write($"notebooks/{name}.dib",
            $"#!markdown\n\n{markdown}\n\n#!csharp\n\n{beforeMarker}System.IO.File.AppendAllText(\"{name}.runs\", \"ran\\n\");\n{code}\n");

    /// <summary>How many times a worker ran notebook <paramref name="name"/>.</summary>
    public int Runs(string name)
    {
        var marker = Path.Combine(Root, "notebooks", name + ".runs");
        return File.Exists(marker) ? File.ReadAllLines(marker).Length : 0;
    }

    /// <summary><c>workbook run --cache --html reports</c> plus <paramref name="args"/>, as a real process in the root.</summary>
    public Task<CliRunner.Result> RunAsync(params string[] args) =>
        WorkbookCli.ProcessAsync(Root, ["run", .. args, "--cache", "--html", Reports]);

    /// <summary>The cache entries of notebook <paramref name="fileName"/>.</summary>
    public IReadOnlyList<string> Entries(string fileName) => Files(fileName, "*.json");

    /// <summary>Every file in notebook <paramref name="fileName"/>'s cache folder, temporary ones included.</summary>
    public IReadOnlyList<string> Files(string fileName, string pattern = "*") =>
        Directory.Exists(CacheFolder)
            ? [.. Directory.EnumerateDirectories(CacheFolder, fileName + ".*").SelectMany(d => Directory.EnumerateFiles(d, pattern)).Where(f => pattern == "*" || !Path.GetFileName(f).StartsWith('.'))]
            : [];

    public string Report(string name) => File.ReadAllText(Path.Combine(Reports, name + ".html"));
}
