namespace RealKernel.Tests;

/// <summary>Paths in the repository these tests run from.</summary>
internal static class Repository
{
    /// <summary>The nearest folder above the test binaries holding MinerCapex.slnx.</summary>
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>The engine's CLI, built beside these tests.</summary>
    public static string WorkbookCli => Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");

    /// <summary>Where each notebook's comparison line is written, for <c>.ci/run</c> to print.</summary>
    public static string SummaryFolder => Path.Combine(Root, "artifacts", "real-kernel");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MinerCapex.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException("MinerCapex.slnx not found above " + AppContext.BaseDirectory);
    }
}
