using System.CommandLine;
using Workbook.Cli.Commands;
using Workbook.Document;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Cli.Tests.Commands;

/// <summary><c>workbook convert</c>, run in process under a root command, with captured output.</summary>
public class ConvertCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand("test root") { ConvertCommand.Create() };
        var exitCode = root.Parse(["convert", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void DibToIpynb_WritesBesideTheInput()
    {
        using var temp = new TempFolder();
        var dib = temp.File("study.dib");
        File.Copy(Fixtures.PathOf("canonical-meta.dib"), dib);

        var (exitCode, output, error) = Run(dib, "--to", "ipynb");

        Assert.Equal((0, ""), (exitCode, error));
        var ipynb = temp.File("study.ipynb");
        Assert.Equal($"Wrote {ipynb} (5 cells).\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(IpynbFormat.Write(DibFormat.Parse(File.ReadAllText(dib))), File.ReadAllText(ipynb));
    }

    [Fact]
    public void IpynbToDib_WithOutputOption_CreatesTheFolder()
    {
        using var temp = new TempFolder();
        var target = temp.File("out/sub/converted.dib");

        var (exitCode, _, error) = Run(Fixtures.PathOf("vscode-style.ipynb"), "--to", "dib", "-o", target);

        Assert.Equal((0, ""), (exitCode, error));
        var converted = NotebookFile.Load(target);
        Assert.Equal(Cells(DibFormat.Parse(DibFormat.Write(IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"))))), Cells(converted));
        Assert.StartsWith("#!meta\n\n{\"kernelInfo\":", File.ReadAllText(target));
    }

    [Fact]
    public void MissingInput_ExitsWith2AndNamesThePath_WithoutAStackTrace()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nope.dib");

        var (exitCode, output, error) = Run(missing, "--to", "ipynb");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"{missing}: no such file.\n", error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(temp.File("nope.ipynb")));
    }

    [Fact]
    public void MalformedInput_ExitsWith2WithLineAndColumn()
    {
        using var temp = new TempFolder();
        var dib = temp.File("bad.dib");
        File.WriteAllText(dib, "#!meta\n{oops}\n#!csharp\nx\n");

        var (exitCode, _, error) = Run(dib, "--to", "ipynb");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"{dib}:2:2: invalid JSON in the #!meta block:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData(new[] { "x.dib" }, "Option '--to' is required.")]
    [InlineData(new[] { "x.dib", "--to", "pdf" }, "Argument 'pdf' not recognized.")]
    [InlineData(new[] { "x.dib", "--to" }, "Required argument missing for option: '--to'.")]
    [InlineData(new[] { "--to", "dib" }, "Required argument 'file' missing for command: 'convert'.")]
    [InlineData(new[] { "x.dib", "--to", "ipynb", "--kernel", "python3" }, "Argument 'python3' not recognized.")]
    [InlineData(new[] { "x.dib", "--to", "ipynb", "-o", "y.json" }, "The output file 'y.json' must end in .ipynb to match --to ipynb.")]
    [InlineData(new[] { "x.dib", "--to", "dib" }, "'x.dib' is already a .dib file; give a different output path with -o.")]
    public void UsageErrors_ExitWith2AndExplain(string[] args, string message)
    {
        var (exitCode, output, error) = Run(args);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains("Usage: workbook convert <file.dib|file.ipynb|folder>... --to ipynb|dib [-o OUT] [--kernel dotnet|workbook]", error);
    }

    [Fact]
    public void AFolder_ConvertsEveryNotebookInIt_IntoTheOutputFolder_NamingTheWorkbookKernel()
    {
        using var temp = new TempFolder();
        File.Copy(Fixtures.PathOf("canonical-meta.dib"), temp.File("a.dib"));
        File.Copy(Fixtures.PathOf("canonical-plain.dib"), temp.File("b.dib"));
        var outFolder = temp.File("out");

        var (exitCode, output, error) = Run(temp.Path, "--to", "ipynb", "--kernel", "workbook", "-o", outFolder);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Equal(2, output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var name in new[] { "a", "b" })
        {
            var written = File.ReadAllText(Path.Combine(outFolder, name + ".ipynb"));
            var expected = IpynbFormat.Write(DibFormat.Parse(File.ReadAllText(temp.File(name + ".dib"))), kernelspec: JupyterKernelSpec.Workbook);
            Assert.Equal(expected, written);
            Assert.Contains("\"name\": \"workbook-csharp\"", written);
            Assert.Contains("\"display_name\": \"C# (workbook)\"", written);
        }
    }

    [Fact]
    public void UnwritableOutput_ExitsWith2AndNamesIt()
    {
        using var temp = new TempFolder();
        var target = temp.File("taken.ipynb");
        Directory.CreateDirectory(target);

        var (exitCode, _, error) = Run(Fixtures.PathOf("canonical-plain.dib"), "--to", "ipynb", "-o", target);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"{target}: cannot write the file:", error);
    }

    [Fact]
    public void Help_ListsTheOptions()
    {
        var (exitCode, output, _) = Run("--help");
        Assert.Equal(0, exitCode);
        Assert.Contains("--to <dib|ipynb>", output);
        Assert.Contains("-o, --output", output);
    }
}
