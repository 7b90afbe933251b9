using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The research notebooks in the engine as a researcher meets it: in lib/Workbook.Cli's own build output (which carries
/// no study assembly, so the notebooks bring their own packages), and served from the execution cache.
/// </summary>
public sealed class ResearchNotebookEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task NotebooksThatNeedTheLibrarysDependencies_RunInTheBuiltEngine()
    {
        var reports = _folder.File("reports");
        string[] notebooks = [Path.Combine(RepoPaths.Notebooks, "02-correlation.dib"), Path.Combine(RepoPaths.Notebooks, "05-summary.dib")];

        var result = await CliRunner.ProcessAsync(Path.Combine(WorkbookCli.EngineFolder, "Workbook.Cli.dll"), RepoPaths.Root, environment: null,
            ["run", .. notebooks, "--html", reports, "--jobs", "1"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok     02-correlation.dib: ", result.Output);
        Assert.Contains("ok     05-summary.dib: ", result.Output);
        Assert.Contains("2 notebook(s), 0 failed cell(s).", result.Output);
    }

    [Fact]
    public async Task A_research_notebook_served_from_the_cache_gives_the_same_report_ipynb_and_index()
    {
        // A scratch repository (its own .git, so the cache lands in it) holding the bundled data, the built library
        // and notebook 02.
        var root = _folder.File("repo");
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        FolderCopy.Into(RepoPaths.Data, Path.Combine(root, "data"));
        FolderCopy.Into(Path.Combine(RepoPaths.Root, "artifacts", "lib"), Path.Combine(root, "artifacts", "lib"));
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        var notebook = Path.Combine(root, "notebooks", "02-correlation.dib");
        File.Copy(Path.Combine(RepoPaths.Notebooks, "02-correlation.dib"), notebook);
        var reports = Path.Combine(root, "reports");
        var ipynbFirst = Path.Combine(root, "ipynb-first");
        var ipynbCached = Path.Combine(root, "ipynb-cached");
        Task<CliRunner.Result> RunAsync(string ipynb) => WorkbookCli.ProcessAsync(root, ["run", "--cache", "--html", reports, "--ipynb", ipynb]);
        string Report() => File.ReadAllText(Path.Combine(reports, "02-correlation.html"));

        // The research notebook changes with the study; the count is read from it, not pinned here.
        var cells = Workbook.Document.NotebookFile.Load(notebook).Elements.Count;
        var first = await RunAsync(ipynbFirst);
        var firstReport = Report();
        var firstIndex = File.ReadAllText(Path.Combine(reports, "index.html"));
        var cached = await RunAsync(ipynbCached);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(cached.ExitCode == 0, cached.ToString());
        Assert.Matches(@"02-correlation\.dib \[\d+/" + cells + @"\] csharp succeeded", first.Output);
        Assert.DoesNotContain("02-correlation.dib [", cached.Output);
        Assert.Contains($"ok     02-correlation.dib: {cells} cells succeeded, outputs from cache, run of ", cached.Output);
        // Chart ids are fresh GUIDs on every run, so equal bytes mean the outputs are the stored ones.
        Assert.Equal(File.ReadAllBytes(Path.Combine(ipynbFirst, "02-correlation.ipynb")), File.ReadAllBytes(Path.Combine(ipynbCached, "02-correlation.ipynb")));
        var cachedReport = Report();
        var note = Regex.Match(cachedReport, "<p class=\"status status-cached\" id=\"from-cache\">[^\n]*</p>\n");
        Assert.True(note.Success, "no cache note in the report");
        Assert.Equal(WithoutNonces(firstReport), WithoutNonces(cachedReport.Remove(note.Index, note.Length)));
        Assert.Equal(WithoutNonces(firstIndex), WithoutNonces(File.ReadAllText(Path.Combine(reports, "index.html"))));
    }

    // Each page's script nonce is fresh on every write, as a content security policy requires.
    private static string WithoutNonces(string html) => Regex.Replace(html, "nonce(-|=\")[A-Za-z0-9+/=]+", "nonce$1");

    public void Dispose() => _folder.Dispose();
}
