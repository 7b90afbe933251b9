using Workbook.Cli.Commands;

namespace Workbook.Cli.Tests;

/// <summary>The <c>workbook</c> command line for <see cref="CliRunner"/>: its entry point and its built assembly beside the tests.</summary>
internal static class WorkbookCli
{
    /// <summary>The CLI's assembly as copied beside the tests.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");

    /// <summary>Runs <c>workbook args</c> in this process, writers captured.</summary>
    public static Task<CliRunner.Result> InProcessAsync(params string[] args) =>
        CliRunner.InProcessAsync((a, output, error) => WorkbookCommand.InvokeAsync(a, output, error), args);

    /// <summary><c>dotnet Workbook.Cli.dll args</c> from <paramref name="workingDirectory"/>.</summary>
    public static Task<CliRunner.Result> ProcessAsync(string workingDirectory, params string[] args) =>
        CliRunner.ProcessAsync(Assembly, workingDirectory, environment: null, args);
}
