using Microsoft.DotNet.Interactive.Documents;
using System.Text.RegularExpressions;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Magic;

namespace Workbook.Tests.Execution;

public class MagicAndKernelTests
{
    [Fact]
    public async Task Time_prints_the_wall_time()
    {
        var run = await EngineRun.CSharp("#!time\nawait Task.Delay(50);");

        Assert.True(run.Succeeded, run.Describe());
        var text = run.Cells[0].Outputs<DisplayOutput>().Single().Get("text/plain")!;
        var match = Regex.Match(text, @"^Wall time: (\d+)ms$");
        Assert.True(match.Success, text);
        Assert.InRange(int.Parse(match.Groups[1].Value), 50, 30_000);
    }

    [Fact]
    public async Task An_unknown_magic_command_fails_the_cell_naming_it()
    {
        var run = await EngineRun.CSharp("var a = 1;\n#!whatever --x 1");

        var error = run.Cells[0].Error();
        Assert.Equal(CellStatus.Failed, run.Cells[0].Status);
        Assert.Equal("Unknown magic command '#!whatever'.", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task A_csharp_selector_inside_a_cell_is_accepted_and_another_kernel_is_not()
    {
        var run = await EngineRun.CSharp(new RunOptions { ContinueOnError = true }, "#!csharp\n1", "#!fsharp\nlet x = 1");

        Assert.Equal(CellStatus.Succeeded, run.Cells[0].Status);
        Assert.Contains("Kernel 'fsharp' is not supported", run.Cells[1].Error().Message);
    }

    [Fact]
    public async Task Markdown_is_kept_html_is_passed_through_and_other_kernels_fail_the_run()
    {
        InteractiveDocumentElement[] Cells() =>
        [
            Documents.Cell("markdown", "# Title"),
            Documents.Cell("html", "<p id=\"x\">hi</p>"),
            Documents.Cell("fsharp", "let x = 1"),
            Documents.Cell("csharp", "1 + 1"),
        ];

        var failing = await EngineRun.Cells(new RunOptions(), Cells());
        var skipping = await EngineRun.Cells(new RunOptions { SkipUnsupported = true }, Cells());

        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed, CellStatus.Skipped], failing.Cells.Select(c => c.Status));
        Assert.Empty(failing.Cells[0].Outputs);
        Assert.Equal("<p id=\"x\">hi</p>", failing.Cells[1].Outputs<DisplayOutput>().Single().Get("text/html"));
        var error = failing.Cells[2].Error();
        Assert.Equal("UnsupportedKernel", error.ErrorType);
        Assert.Contains("'fsharp'", error.Message);

        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Skipped, CellStatus.Succeeded], skipping.Cells.Select(c => c.Status));
        Assert.True(skipping.Succeeded);
    }

    [Theory]
    [InlineData("#r \"nuget: Humanizer.Core, 2.14.1\"", "Humanizer.Core", "2.14.1")]
    [InlineData("#r \"nuget:Humanizer.Core\"", "Humanizer.Core", null)]
    [InlineData("#r nuget: Humanizer.Core, 2.*", "Humanizer.Core", "2.*")]
    [InlineData("  #r \"nuget: Some.Package,*-*\"", "Some.Package", "*-*")]
    public void Package_references_are_read_in_every_form(string line, string name, string? version)
    {
        var magic = MagicCommands.Parse("using System;\n" + line + "\nvar x = 1;");

        Assert.Null(magic.Error);
        Assert.Equal(new PackageReference(name, version), Assert.Single(magic.Packages));
        Assert.Equal("using System;\n\nvar x = 1;", magic.Code);
    }

    [Fact]
    public void Sources_and_dll_references_are_told_apart()
    {
        var magic = MagicCommands.Parse("#i \"nuget: /tmp/feed\"\n#i \"nuget:https://example.invalid/v3/index.json\"\n#r \"lib/My.dll\"");

        Assert.Equal(["/tmp/feed", "https://example.invalid/v3/index.json"], magic.Sources);
        Assert.Empty(magic.Packages);
        Assert.Equal("\n\n#r \"lib/My.dll\"", magic.Code);
    }

    [Fact]
    public void The_files_a_cell_loads_are_listed_as_written_and_stay_in_the_code()
    {
        var contents = "#r \"../artifacts/lib/My.dll\" // the library\n  #load\"helpers.csx\"\n#r \"nuget: Humanizer.Core, 2.14.1\"\n#r \"\"\n#region not a directive\n#endregion";
        var magic = MagicCommands.Parse(contents);

        Assert.Equal(["../artifacts/lib/My.dll", "helpers.csx"], magic.Files);
        Assert.Equal(["Humanizer.Core"], magic.Packages.Select(p => p.Name));
        Assert.Equal(contents.Replace("#r \"nuget: Humanizer.Core, 2.14.1\"", ""), magic.Code);
    }

    [Fact]
    public void A_package_reference_without_a_name_is_an_error_on_its_line()
    {
        var magic = MagicCommands.Parse("\n#r \"nuget: , 1.0\"");

        Assert.Equal(2, magic.Error?.Line);
        Assert.Contains("expected #r \"nuget: Name\"", magic.Error?.Message);
    }
}
