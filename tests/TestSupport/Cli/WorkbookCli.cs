namespace TestSupport.Cli;

/// <summary>The <c>workbook</c> command line as a process for <see cref="CliRunner"/>: its built assembly beside the tests.</summary>
public static class WorkbookCli
{
    /// <summary>The CLI's assembly as copied beside the tests (every project that runs it references lib/Workbook.Cli).</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");

    /// <summary>
    /// lib/Workbook.Cli's own build output, in the tests' build configuration: the engine as a researcher runs it, not
    /// the tests' folder, which holds the study's assemblies too.
    /// </summary>
    public static string EngineFolder
    {
        get
        {
            var parts = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var configuration = parts[Array.LastIndexOf(parts, "bin") + 1];
            return Path.Combine(Reports.RepoPaths.Root, "lib", "Workbook.Cli", "bin", configuration, "net10.0");
        }
    }

    /// <summary><c>dotnet Workbook.Cli.dll args</c> from <paramref name="workingDirectory"/>.</summary>
    public static Task<CliRunner.Result> ProcessAsync(string workingDirectory, params string[] args) =>
        CliRunner.ProcessAsync(Assembly, workingDirectory, environment: null, args);
}
