namespace TestSupport.Reports;

/// <summary>Folders of the repository the tests run from, found from the test assembly's location.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test binaries holding MinerCapex.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled market data.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The engine's own smoke notebook, which needs nothing of the study.</summary>
    public static string SmokeNotebook => Path.Combine(Root, "tests", "Workbook.Tests", "Fixtures", "smoke.dib");

    /// <summary>The research notebooks.</summary>
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Git-ignored folder (tests/**/screenshots/) where browser tests leave their screenshots for people to look at.</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MinerCapex.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No MinerCapex.slnx above {AppContext.BaseDirectory}.");
    }
}
