using System.Diagnostics;
using Workbook.Jupyter;

namespace TestSupport.Jupyter;

/// <summary>
/// Debian's Jupyter clients (python3-jupyter-client, python3-nbclient, python3-notebook,
/// python3-jupyter-kernel-test) under /usr/bin/python3, and a kernelspec for the built engine in a private
/// JUPYTER_PATH, so the tests never touch the user's installed kernels. Shared by Workbook.Tests' kernel tests and
/// Notebooks.Tests' front-end test.
/// </summary>
public static class JupyterClients
{
    public const string Python = "/usr/bin/python3";

    private static readonly string[] modules = ["jupyter_client", "nbclient", "nbformat", "notebook", "jupyter_kernel_test"];

    private static readonly Lazy<string?> missing = new(FindMissing);
    private static readonly Lazy<string> dataFolder = new(InstallKernelSpec);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tests are skipped here, or null when they must run (always under CI=true).</summary>
    public static string? SkipReason => SkipReasonFor(missing.Value, IsCi);

    public static string? SkipReasonFor(string? missingTool, bool ci) => missingTool is null || ci
        ? null
        : $"{missingTool} (apt-get install python3-jupyter-client python3-nbclient python3-notebook python3-jupyter-kernel-test); outside CI the Jupyter client tests are skipped.";

    /// <summary>The folder with the Python scripts the tests run.</summary>
    public static string ScriptFolder => Path.Combine(RepositoryRoot, "tests", "Workbook.Tests", "Jupyter", "Python");

    /// <summary>The nearest folder above the test binaries holding MinerCapex.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder holding the kernelspec (<c>kernels/workbook-csharp</c>), for JUPYTER_PATH.</summary>
    public static string KernelSpecFolder => dataFolder.Value;

    /// <summary>Fails with a clear message when the clients are missing (only reached when they must run).</summary>
    public static void EnsureInstalled()
    {
        if (missing.Value is { } problem) throw new InvalidOperationException($"CI=true and the Jupyter clients are missing: {problem}.");
    }

    /// <summary>Runs a script of <see cref="ScriptFolder"/> with the kernelspec on JUPYTER_PATH; fails clearly when Python is missing.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string script, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo(Python, [Path.Combine(ScriptFolder, script), .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["JUPYTER_PATH"] = dataFolder.Value;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["PYTHONUNBUFFERED"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout.TotalSeconds} s.\n{await output}\n{await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A scratch folder for one test.</summary>
    public static string ScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workbook-tests", "jupyter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MinerCapex.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException("MinerCapex.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string InstallKernelSpec()
    {
        var data = Path.Combine(ScratchFolder(), "share", "jupyter");
        KernelSpec.Install(data, ["dotnet", Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll")]);
        return data;
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Python)) return $"{Python} is not installed";
        var start = new ProcessStartInfo(Python, ["-c", $"import importlib.util, sys; print(','.join(m for m in {Quoted(modules)} if importlib.util.find_spec(m) is None))"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var absent = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return absent.Length == 0 ? null : $"Python modules missing: {absent}";
    }

    private static string Quoted(IEnumerable<string> names) => "[" + string.Join(", ", names.Select(n => $"'{n}'")) + "]";
}

/// <summary>A fact that needs the Jupyter clients: skipped on a machine without them, run (and failing) when CI=true.</summary>
public sealed class JupyterFactAttribute : FactAttribute
{
    public JupyterFactAttribute() => Skip = JupyterClients.SkipReason;
}

/// <summary>A theory that needs the Jupyter clients: skipped on a machine without them, run (and failing) when CI=true.</summary>
public sealed class JupyterTheoryAttribute : TheoryAttribute
{
    public JupyterTheoryAttribute() => Skip = JupyterClients.SkipReason;
}
