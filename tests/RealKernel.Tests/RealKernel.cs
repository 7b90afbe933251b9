namespace RealKernel.Tests;

/// <summary>
/// Where the real .NET Interactive kernel and the Jupyter client that drives it are found, and whether their
/// absence skips the tests (a developer's machine) or fails them (CI).
/// </summary>
internal static class RealKernel
{
    /// <summary>The tool version CI installs and these tests pin.</summary>
    public const string ToolVersion = "1.0.712001";

    /// <summary>The Jupyter kernel that <c>dotnet interactive jupyter install</c> registers for C#.</summary>
    public const string KernelName = ".net-csharp";

    /// <summary>Debian's Python, which has <c>python3-nbclient</c>; not whatever <c>python3</c> is first on PATH.</summary>
    public const string Python = "/usr/bin/python3";

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The global tool's store folder for the pinned version.</summary>
    public static string ToolStore => Path.Combine(Home, ".dotnet", "tools", ".store", "microsoft.dotnet-interactive", ToolVersion);

    /// <summary>Folders where Jupyter looks for kernelspecs, as <c>jupyter --paths</c> lists them for root.</summary>
    public static IEnumerable<string> KernelSpecFolders =>
    [
        .. (Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries),
        Path.Combine(Home, ".local", "share", "jupyter"),
        "/usr/local/share/jupyter",
        "/usr/share/jupyter",
    ];

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is missing for the tests to run, or an empty list.</summary>
    public static IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (!Directory.Exists(ToolStore))
            missing.Add($"the .NET Interactive tool {ToolVersion} (dotnet tool install -g Microsoft.dotnet-interactive --version {ToolVersion})");
        if (!KernelSpecFolders.Any(f => File.Exists(Path.Combine(f, "kernels", KernelName, "kernel.json"))))
            missing.Add($"the {KernelName} Jupyter kernelspec (dotnet interactive jupyter install)");
        if (!Directory.Exists("/usr/lib/python3/dist-packages/nbclient"))
            missing.Add("Debian's nbclient (apt-get install python3-nbclient)");
        return missing;
    }

    /// <summary>Skip only when something is missing outside CI: under <c>CI=true</c> the tests run and fail.</summary>
    public static string? SkipReasonFor(IReadOnlyList<string> missing, bool ci) => missing.Count == 0 || ci
        ? null
        : "Not installed: " + string.Join("; ", missing) + ". Outside CI the real-kernel tests are skipped.";
}

/// <summary>A theory that needs the real kernel: skipped on a machine without it, run (and failing) when CI=true.</summary>
public sealed class RealKernelTheoryAttribute : TheoryAttribute
{
    public RealKernelTheoryAttribute() => Skip = RealKernel.SkipReasonFor(RealKernel.Missing(), RealKernel.IsCi);
}

/// <summary>A fact that needs the real kernel: skipped on a machine without it, run (and failing) when CI=true.</summary>
public sealed class RealKernelFactAttribute : FactAttribute
{
    public RealKernelFactAttribute() => Skip = RealKernel.SkipReasonFor(RealKernel.Missing(), RealKernel.IsCi);
}
