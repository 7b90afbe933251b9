namespace TestSupport.Cli;

/// <summary>The <c>workbook</c> command line as a process for <see cref="CliRunner"/>: its built assembly beside the tests.</summary>
public static class WorkbookCli
{
    /// <summary>The CLI's assembly as copied beside the tests (every project that runs it references lib/Workbook.Cli).</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");

    /// <summary><c>dotnet Workbook.Cli.dll args</c> from <paramref name="workingDirectory"/>.</summary>
    public static Task<CliRunner.Result> ProcessAsync(string workingDirectory, params string[] args) =>
        CliRunner.ProcessAsync(Assembly, workingDirectory, environment: null, args);
}
