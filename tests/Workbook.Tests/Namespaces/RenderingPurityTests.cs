using System.Text.RegularExpressions;

namespace Workbook.Tests.Namespaces;

/// <summary>
/// Rendering is run → HTML: no file of <c>Workbook.Rendering</c> touches the file system, the IO room, a browser or
/// git. What a report needs from disk or Chromium is read or drawn by <c>Workbook.Publishing</c> beforehand and handed
/// in. Read from the sources, comments and plain strings removed, as the namespace graph is.
/// </summary>
public sealed partial class RenderingPurityTests
{
    private static readonly string Rendering = Path.Combine(RepoPaths.Root, "lib", "Workbook", "Rendering");

    [Fact]
    public void NoRenderingFile_TouchesTheFileSystem_ABrowser_OrGit()
    {
        var files = Directory.EnumerateFiles(Rendering, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 30, $"only {files.Count} files under {Rendering}");
        var found = files
            .SelectMany(file => Violations(File.ReadAllText(file)).Select(use => $"{Path.GetFileName(file)}: {use}"))
            .ToList();
        Assert.True(found.Count == 0, "Rendering must stay pure; move these to Publishing:\n" + string.Join('\n', found));
    }

    [Fact]
    public void RenderingUsesNeitherTheIORoomNorPublishing()
    {
        var uses = NamespaceGraph.Read(Path.Combine(RepoPaths.Root, "lib", "Workbook")).UsesOf("Workbook.Rendering").Keys;
        Assert.DoesNotContain("Workbook.IO", uses);
        Assert.DoesNotContain("Workbook.Publishing", uses);
    }

    [Theory]
    [InlineData("var text = File.ReadAllText(path);", "File.")]
    [InlineData("var text = System.IO.File.ReadAllText(path);", "IO.File")]
    [InlineData("if (Directory.Exists(folder)) return;", "Directory.")]
    [InlineData("var file = new FileInfo(path);", "FileInfo")]
    [InlineData("foreach (var f in new DirectoryInfo(d).GetFiles()) { }", "DirectoryInfo")]
    [InlineData("using var s = new FileStream(path, FileMode.Open);", "FileStream")]
    [InlineData("using Workbook.IO;", "Workbook.IO")]
    [InlineData("IO.AtomicFile.WriteTextAsync(path, text);", "IO.AtomicFile")]
    [InlineData("using Microsoft.Playwright;", "Playwright")]
    [InlineData("var git = GitRevision.Find(path);", "GitRevision")]
    [InlineData("Process.Start(\"git\");", "Process.")]
    public void TheCheck_FindsEachKindOfUse(string code, string use) =>
        Assert.Equal([use], Violations(code));

    [Theory]
    [InlineData("// File.ReadAllText is Publishing's")]
    [InlineData("var name = \"File.txt\";")]
    [InlineData("var name = Path.GetFileNameWithoutExtension(run.SourcePath) + \".html\";")]
    [InlineData("var profile = run.Profile;")]
    public void TheCheck_PassesCommentsStringsAndPathArithmetic(string code) =>
        Assert.Empty(Violations(code));

    private static List<string> Violations(string source) =>
        [.. Forbidden().Matches(NamespaceGraph.Strip(source)).Select(m => m.Value)];

    [GeneratedRegex(@"(?<![\w])(?:File\.|Directory\.|FileInfo|DirectoryInfo|FileStream|FileSystemWatcher|Workbook\.IO\b|IO\.[A-Z]\w*|Playwright|GitRevision|Process\.)")]
    private static partial Regex Forbidden();
}
