using Workbook.Cli.Commands;
using Workbook.Cli.Commands.Run;
using Workbook.Execution;
using Workbook.Execution.Parameters;
using Workbook.Hosting;
using Workbook.IO;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>The plan: overrides applied to the notebooks that declare them, output folders readied, run options.</summary>
public class RunPlanTests
{
    [Fact]
    public void An_override_reaches_only_the_notebooks_that_declare_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Parameterised);
        File.WriteAllText(folder.File("b.dib"), RunFixtures.OtherParameter);

        var plan = RunFixtures.Plan(RunFixtures.Settings("reports", null, [folder.Path], "n=50", "k=7"));

        Assert.Equal([folder.File("a.dib"), folder.File("b.dib")], plan.Notebooks.Select(n => n.Path));
        Assert.Equal([new ParameterValue("n", "50", true, "2")], plan.Notebooks[0].Parameters.Values);
        Assert.Equal([new ParameterValue("k", "7", true, "3")], plan.Notebooks[1].Parameters.Values);
    }

    [Fact]
    public void A_name_no_notebook_declares_is_refused_listing_the_declared_ones()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Parameterised);
        File.WriteAllText(folder.File("b.dib"), RunFixtures.OtherParameter);

        var one = Assert.Throws<UsageException>(() => RunFixtures.Plan(RunFixtures.Settings("reports", null, [folder.Path], "m=1", "n=3")));
        var two = Assert.Throws<UsageException>(() => RunFixtures.Plan(RunFixtures.Settings("reports", null, [folder.Path], "m=1", "q=2", "m=4")));

        Assert.Equal("Unknown parameter 'm'. Valid parameters: n (int), k (int).", one.Message);
        Assert.Equal("Unknown parameters 'm', 'q'. Valid parameters: n (int), k (int).", two.Message);
    }

    [Fact]
    public void A_value_its_type_cannot_take_is_refused_naming_the_notebook()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("p.dib"), RunFixtures.Parameterised);

        var problem = Assert.Throws<UsageException>(() => RunFixtures.Plan(RunFixtures.Settings("reports", null, [folder.Path], "n=two")));

        Assert.Equal("p.dib: Parameter 'n' is int; found 'two', expected an integer.", problem.Message);
    }

    [Fact]
    public void Planning_writes_nothing_and_preparing_creates_the_folders_and_removes_killed_writers_leftovers()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Quick);
        var html = folder.File("out/html");
        var ipynb = folder.File("out/ipynb");
        var plan = RunFixtures.Plan(RunFixtures.Settings(html, ipynb, [folder.Path]));
        Assert.False(Directory.Exists(folder.File("out")), "the plan wrote before it was prepared");
        Directory.CreateDirectory(html);
        // A process id above the kernel's pid_max: the writer that left it is gone.
        var leftover = Path.Combine(html, $".a.html.4194999.{new string('b', 32)}.tmp");
        File.WriteAllText(leftover, "<html>half");

        plan.PrepareOutputFolders();

        Assert.True(Directory.Exists(ipynb));
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_refused_naming_its_option()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Quick);
        File.WriteAllText(folder.File("taken"), "a file, not a folder");
        var plan = RunFixtures.Plan(RunFixtures.Settings(folder.File("reports"), folder.File("taken/out"), [folder.Path]));

        var problem = Assert.Throws<OutputFolderException>(plan.PrepareOutputFolders);

        Assert.StartsWith($"--ipynb {folder.File("taken/out")}: cannot write to ", problem.Message);
    }

    [Fact]
    public void Run_options_carry_the_settings_and_a_worker_process_of_this_cli()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Quick);
        var settings = RunFixtures.Settings("reports", null, [folder.Path]) with { CellTimeoutSeconds = 7.5, ContinueOnError = true, SkipUnsupported = true, MaxOutput = "2KB,3KB" };

        var options = RunFixtures.Plan(settings).RunOptions();

        Assert.Equal(TimeSpan.FromSeconds(7.5), options.CellTimeout);
        Assert.True(options.ContinueOnError);
        Assert.True(options.SkipUnsupported);
        Assert.Equal(new OutputLimits(2_000, 3_000), options.OutputLimits);
        Assert.Empty(options.Parameters);
        var launch = Assert.IsType<WorkerProcesses>(options.Worker).Launch;
        Assert.Equal(WorkerCommand.Launch.FileName, launch.FileName);
        Assert.Equal(WorkerCommand.Launch.Arguments, launch.Arguments);
    }
}
