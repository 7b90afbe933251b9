using System.CommandLine;
using Workbook.Execution;
using Workbook.Hosting;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook worker --connect SOCKET</c>: the process <c>workbook run</c> starts for each notebook (see
/// <see cref="WorkerHost"/>). Hidden: it is the engine talking to itself, not a command for people.
/// </summary>
public static class WorkerCommand
{
    /// <summary>How <c>run</c> starts a worker: this very assembly, as built, with the <c>worker</c> verb.</summary>
    public static WorkerLaunch Launch => WorkerLaunch.ForAssembly(typeof(WorkerCommand).Assembly.Location, "worker");

    /// <summary>Builds the hidden <c>worker</c> command.</summary>
    public static Command Create()
    {
        var connect = new Option<string>("--connect") { Description = "The parent's Unix domain socket.", Required = true };
        var cellOutput = new Option<long>("--max-cell-output") { DefaultValueFactory = _ => OutputLimits.Default.PerCell };
        var notebookOutput = new Option<long>("--max-notebook-output") { DefaultValueFactory = _ => OutputLimits.Default.PerNotebook };
        var packageCache = new Option<string?>("--package-cache");
        var command = new Command("worker", "Serve one notebook's cells to the workbook process that started this one.")
        {
            connect, cellOutput, notebookOutput, packageCache,
        };
        command.Hidden = true;
        command.SetAction((result, _) => WorkerHost.RunAsync(new WorkerSettings(
            result.GetValue(connect)!,
            new OutputLimits(result.GetValue(cellOutput), result.GetValue(notebookOutput)),
            result.GetValue(packageCache))));
        return command;
    }
}
