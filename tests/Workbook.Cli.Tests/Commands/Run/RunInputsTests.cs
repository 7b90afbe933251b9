using Workbook.Cli.Commands;
using Workbook.Cli.Commands.Run;
using Workbook.Execution;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>The first step: options checked, notebooks found in name order and read, the unreadable set aside.</summary>
public class RunInputsTests
{
    [Theory]
    [InlineData(0, 1, "1MB,20MB", "--cell-timeout 0: expected seconds, more than 0 and at most 86400. See 'workbook run --help'.")]
    [InlineData(86_401, 1, "1MB,20MB", "--cell-timeout 86401: expected seconds, more than 0 and at most 86400. See 'workbook run --help'.")]
    [InlineData(0.5, 0, "1MB,20MB", "--jobs 0: expected a number of notebooks to run at once, from 1 to 256. See 'workbook run --help'.")]
    [InlineData(10, 257, "1MB,20MB", "--jobs 257: expected a number of notebooks to run at once, from 1 to 256. See 'workbook run --help'.")]
    [InlineData(10, 4, "2MB,1MB", "--max-output 2MB,1MB: the notebook's limit (1 MB) is below the cell's (2 MB).")]
    public void An_option_out_of_range_is_one_line_before_any_path_is_looked_at(double timeout, int jobs, string maxOutput, string message)
    {
        // The path does not exist: the options are checked first, so their message is the one given.
        var settings = new RunSettings(["/nonexistent/nope.dib"], "reports", null, [], false, timeout, false, false, jobs, maxOutput);

        var problem = Assert.Throws<UsageException>(() => RunInputs.Read(settings));

        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Options_in_range_give_the_limits_and_the_overrides_as_typed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("p.dib"), RunFixtures.Parameterised);
        var settings = RunFixtures.Settings("reports", null, [folder.Path], "n = 5", "label=a=b") with { MaxOutput = "500KB" };

        var inputs = RunInputs.Read(settings);

        Assert.Equal(new OutputLimits(500_000, 10_000_000), inputs.Limits);
        Assert.Equal([new("n", " 5"), new("label", "a=b")], inputs.Overrides);
    }

    [Theory]
    [InlineData("n", "-p n: expected name=value.")]
    [InlineData("=5", "-p =5: expected name=value.")]
    public void An_override_without_a_name_and_value_is_refused(string text, string message)
    {
        var problem = Assert.Throws<UsageException>(() => RunInputs.ParseOverrides(["n=1", text]));

        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Unreadable_and_empty_notebooks_are_set_aside_with_a_message_naming_each_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a-empty.dib"), "#!csharp\n\n   \n");
        File.WriteAllText(folder.File("b-good.dib"), RunFixtures.Quick);
        File.WriteAllBytes(folder.File("c-bad.dib"), [0x23, 0x21, 0x63, 0x73, 0x0a, 0xff, 0xfe, 0x0a]);

        var inputs = RunInputs.Read(RunFixtures.Settings("reports", null, [folder.Path]));

        Assert.Equal([folder.File("b-good.dib")], inputs.Notebooks.Select(n => n.Path));
        Assert.Equal(2, inputs.Unreadable.Count);
        Assert.Equal($"{folder.File("a-empty.dib")}: the notebook has no cells with content; there is nothing to run.", inputs.Unreadable[0]);
        Assert.Contains("c-bad.dib", inputs.Unreadable[1]);
        Assert.Contains("not valid UTF-8", inputs.Unreadable[1]);
    }

    [Fact]
    public void Notebooks_from_several_folders_come_in_file_name_order_each_once()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("one"));
        Directory.CreateDirectory(folder.File("two"));
        File.WriteAllText(folder.File("one/b.dib"), RunFixtures.Quick);
        File.WriteAllText(folder.File("two/a.dib"), RunFixtures.Quick);
        File.WriteAllText(folder.File("two/c.ipynb"), "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"1\"],\"metadata\":{},\"outputs\":[],\"execution_count\":null}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}");
        File.WriteAllText(folder.File("two/notes.txt"), "not a notebook");

        var files = NotebookFiles.Find([folder.File("one"), folder.File("two"), folder.File("one/b.dib")]);

        Assert.Equal([folder.File("two/a.dib"), folder.File("one/b.dib"), folder.File("two/c.ipynb")], files);
    }

    [Fact]
    public void A_path_that_names_no_notebook_is_refused_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.txt"), "text");
        Directory.CreateDirectory(folder.File("empty"));

        Assert.Equal($"{folder.File("nope.dib")}: no such file or folder.", Assert.Throws<UsageException>(() => NotebookFiles.Find([folder.File("nope.dib")])).Message);
        Assert.Equal($"{folder.File("notes.txt")}: not a notebook; expected a .dib or .ipynb file.", Assert.Throws<UsageException>(() => NotebookFiles.Find([folder.File("notes.txt")])).Message);
        Assert.Equal($"{folder.File("empty")}: no .dib or .ipynb notebooks in this folder.", Assert.Throws<UsageException>(() => NotebookFiles.Find([folder.File("empty")])).Message);
    }
}
