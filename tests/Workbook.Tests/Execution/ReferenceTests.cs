using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Magic;
using Workbook.Execution.Packages;

namespace Workbook.Tests.Execution;

public class ReferenceTests
{
    [Fact]
    public async Task A_relative_dll_reference_resolves_against_the_notebook_folder_and_shares_the_formatting_library()
    {
        var tiny = await TinyLibrary.GetAsync();
        var folder = EngineRun.ScratchDirectory();
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(tiny.Dll, Path.Combine(folder, "lib", "Workbook.Tiny.dll"));
        var notebook = Documents.Of(
            Documents.Cell("csharp", "#r \"lib/Workbook.Tiny.dll\"\nusing Workbook.Tiny;\nGreeter.RegisterFormatters();\nGreeter.Hello(\"notebook\")"),
            Documents.Cell("csharp", "new Temperature(21.5)"));

        var run = await NotebookRunner.RunAsync(notebook, Path.Combine(folder, "refs.dib"), new RunOptions());

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal("Hello, notebook!", run.Cells[0].Outputs<DisplayOutput>().Single().Get("text/plain"));
        // The library's Formatter.Register reached the engine's formatter: one copy of the formatting library.
        Assert.Equal("<span class=\"temp\">21.5 °C</span>", run.Cells[1].Outputs<DisplayOutput>().Single().Get("text/html"));
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == typeof(Formatter).Assembly.GetName().Name);
    }

    [Fact]
    public async Task A_nuget_package_the_engine_does_not_reference_is_restored_used_and_cached()
    {
        var cache = EngineRun.ScratchDirectory();
        var options = new RunOptions { PackageCacheDirectory = cache, ContinueOnError = true };
        string[] cells =
        [
            "#r \"nuget: Humanizer.Core, 2.14.1\"\nusing Humanizer;\n\"some_notebook_title\".Humanize()",
            "#r \"nuget:Humanizer.Core\"\n\"notebook_engine_name\".Pascalize()",
            "#r \"nuget: Humanizer.Core, 2.14.0\"",
        ];

        var run = await EngineRun.CSharp(options, cells);

        Assert.True(run.Cells[1].Status == CellStatus.Succeeded, run.Describe());
        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed], run.Cells.Select(c => c.Status));
        var first = run.Cells[0].Outputs<DisplayOutput>().ToList();
        Assert.Equal("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>Humanizer.Core, 2.14.1</span></li></ul></div></div>", first[0].Get("text/html"));
        Assert.Equal("some notebook title", first[1].Get("text/plain"));
        Assert.Equal("NotebookEngineName", run.Cells[1].Outputs<DisplayOutput>().Single().Get("text/plain"));
        Assert.Equal(
            "Humanizer.Core version 2.14.0 cannot be added because version 2.14.1 was added previously.",
            run.Cells[2].Error().Message);

        // The resolution is on disk: restoring the same set again reads it instead of running a restore.
        var again = await new PackageRestorer(cache).RestoreAsync([new PackageReference("Humanizer.Core", "2.14.1")], []);
        Assert.True(again.FromCache);
        Assert.Contains(again.Assemblies, a => a.EndsWith("Humanizer.dll", StringComparison.Ordinal));
        var rerun = await EngineRun.CSharp(options, cells[0]);
        Assert.True(rerun.Succeeded, rerun.Describe());
    }

    [Fact]
    public async Task A_package_the_engine_already_loaded_is_referenced_from_the_engine_not_loaded_twice()
    {
        var run = await EngineRun.CSharp(
            new RunOptions { PackageCacheDirectory = EngineRun.ScratchDirectory() },
            "#r \"nuget: Microsoft.DotNet.Interactive.Formatting, 1.0.0-beta.23562.1\"\nMicrosoft.DotNet.Interactive.Formatting.Formatter.ListExpansionLimit",
            "AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == \"Microsoft.DotNet.Interactive.Formatting\")");

        Assert.True(run.Succeeded, run.Describe());
        Assert.Contains("<pre>1</pre>", run.Cells[1].Outputs<DisplayOutput>().Single().Get("text/html"));
    }

    [Fact]
    public async Task A_local_folder_source_added_with_i_serves_a_package()
    {
        var tiny = await TinyLibrary.GetAsync();
        var folder = EngineRun.ScratchDirectory();
        FolderCopy.Into(tiny.Feed, Path.Combine(folder, "packages"));
        var notebook = Documents.Of(Documents.Cell("csharp", "#i \"nuget: packages\"\n#r \"nuget: Workbook.Tiny, 1.2.3\"\nWorkbook.Tiny.Greeter.Hello(\"feed\")"));

        var run = await NotebookRunner.RunAsync(notebook, Path.Combine(folder, "feed.dib"), new RunOptions { PackageCacheDirectory = EngineRun.ScratchDirectory() });

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal("Hello, feed!", run.Cells[0].Outputs<DisplayOutput>().Last().Get("text/plain"));
    }

    [Fact]
    public async Task A_package_that_does_not_exist_fails_the_cell_with_nugets_error()
    {
        var run = await EngineRun.CSharp(
            new RunOptions { PackageCacheDirectory = EngineRun.ScratchDirectory() },
            "#r \"nuget: Workbook.NoSuchPackage.Anywhere, 1.0.0\"");

        var error = run.Cells[0].Error();
        Assert.Equal("PackageRestoreError", error.ErrorType);
        Assert.Contains("NU1101", error.Message);
        Assert.Contains("Workbook.NoSuchPackage.Anywhere", error.Message);
    }
}
