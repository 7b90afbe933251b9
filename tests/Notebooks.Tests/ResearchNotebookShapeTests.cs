using Workbook.Document;

namespace Notebooks.Tests;

/// <summary>
/// The shipped notebooks stay valid Polyglot notebooks that VS Code can open and run: C# and markdown cells only,
/// the setup cell first, a parameters cell, and a canonical .dib that round-trips through ipynb unchanged.
/// </summary>
public class ResearchNotebookShapeTests
{
    private static IReadOnlyList<string> Files() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "notebooks"), "*.dib").Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Shipped() => new(Files());

    [Fact]
    public void There_are_the_five_research_notebooks() =>
        Assert.Equal(
            ["01-data-and-capex.dib", "02-correlation.dib", "03-factor-betas.dib", "04-event-study.dib", "05-summary.dib"],
            Files().Select(Path.GetFileName));

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Setup_first_then_a_title_and_a_parameters_cell(string path)
    {
        var notebook = NotebookFile.Load(path);

        Assert.All(notebook.Elements, c => Assert.Contains(c.KernelName, new[] { "csharp", "markdown" }));
        var setup = notebook.Elements[0];
        Assert.Equal("csharp", setup.KernelName);
        Assert.StartsWith("#r \"nuget: ", setup.Contents, StringComparison.Ordinal);
        Assert.Contains("#r \"../artifacts/lib/MinerCapex.dll\"", setup.Contents, StringComparison.Ordinal);
        Assert.Contains("NotebookFormatters.Register();", setup.Contents, StringComparison.Ordinal);
        Assert.True(notebook.Elements[1].IsMarkdown() && notebook.Elements[1].Contents.StartsWith("# ", StringComparison.Ordinal), "a title heading follows the setup cell");
        Assert.Single(notebook.Elements, c => c.KernelName == "csharp" && c.Contents.StartsWith("// parameters", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_file_is_canonical_and_survives_ipynb(string path)
    {
        var text = File.ReadAllText(path);
        var notebook = DibFormat.Parse(text, path);

        Assert.Equal(text, DibFormat.Write(notebook));
        Assert.Equal(text, DibFormat.Write(IpynbFormat.Read(IpynbFormat.Write(notebook), path)));
    }
}
