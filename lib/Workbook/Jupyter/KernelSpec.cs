using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workbook.IO;

namespace Workbook.Jupyter;

/// <summary>
/// The kernelspec Jupyter front ends find the kernel by: <c>kernels/workbook-csharp/kernel.json</c> under a Jupyter
/// data folder, whose argv starts the built engine directly (no <c>dotnet run</c> and its build check on every
/// kernel start).
/// </summary>
public static class KernelSpec
{
    /// <summary>The kernelspec's name, as notebooks' metadata and <c>jupyter kernelspec list</c> show it.</summary>
    public static string Name => Document.JupyterKernelSpec.Workbook.Name;

    /// <summary>What front ends show in their kernel picker.</summary>
    public static string DisplayName => Document.JupyterKernelSpec.Workbook.DisplayName;

    /// <summary>The kernel.json for a kernel started with <paramref name="command"/> then <c>kernel {connection_file}</c>.</summary>
    public static JsonObject Create(IReadOnlyList<string> command) => new()
    {
        ["argv"] = new JsonArray([.. command.Concat(["kernel", "{connection_file}"]).Select(a => (JsonNode?)a)]),
        ["display_name"] = DisplayName,
        ["language"] = "C#",
        ["interrupt_mode"] = "message",
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>
    /// How to start the engine that is running now: its apphost, or <c>dotnet</c> with its main assembly when it
    /// was started that way.
    /// </summary>
    public static IReadOnlyList<string> CurrentCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The engine cannot tell where its executable is.");
        if (!Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return [process];
        var main = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(main) ? throw new InvalidOperationException("The engine cannot tell where its main assembly is.") : [process, main];
    }

    /// <summary>Writes the kernelspec under <paramref name="dataFolder"/> (a Jupyter data folder); returns its folder.</summary>
    public static string Install(string dataFolder, IReadOnlyList<string> command)
    {
        var folder = Path.Combine(dataFolder, "kernels", Name);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "kernel.json"), Create(command).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return folder;
    }

    /// <summary>Removes the kernelspec from <paramref name="dataFolder"/>; false when it was not there.</summary>
    public static bool Uninstall(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "kernels", Name);
        if (!Directory.Exists(folder)) return false;
        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>Jupyter's per-user data folder: <c>$JUPYTER_DATA_DIR</c>, else <c>$XDG_DATA_HOME/jupyter</c> or <c>~/.local/share/jupyter</c>.</summary>
    public static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } explicitFolder) return explicitFolder;
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x
            ? x
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(xdg, "jupyter");
    }

    /// <summary>The data folder of the Python environment Jupyter runs in (<c>sys.prefix/share/jupyter</c> of <c>python3</c> on PATH).</summary>
    /// <exception cref="InvalidOperationException">No python3 on PATH.</exception>
    public static string SysPrefixDataFolder()
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "python" : "python3", ["-c", "import sys; print(sys.prefix)"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var python = Process.Start(start)!;
            var prefix = python.StandardOutput.ReadToEnd().Trim();
            python.WaitForExit();
            if (python.ExitCode != 0 || prefix.Length == 0) throw new InvalidOperationException($"{start.FileName} could not tell its sys.prefix.");
            return Path.Combine(prefix, "share", "jupyter");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"--sys-prefix needs the Python that runs Jupyter, but '{start.FileName}' is not on PATH; use --user or --prefix DIR.");
        }
    }

    /// <summary>The folders Jupyter looks for kernelspecs in, most specific first: <c>$JUPYTER_PATH</c>, the user's, the system's.</summary>
    public static IReadOnlyList<string> SearchPath()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("JUPYTER_PATH") is { Length: > 0 } jupyterPath)
            folders.AddRange(jupyterPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        folders.Add(UserDataFolder());
        if (!OperatingSystem.IsWindows()) folders.AddRange(["/usr/local/share/jupyter", "/usr/share/jupyter"]);
        return [.. folders.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every kernelspec in <paramref name="folders"/>: name, display name, folder; a name found twice is listed where Jupyter would take it.</summary>
    public static IReadOnlyList<(string Name, string DisplayName, string Folder)> Find(IEnumerable<string> folders)
    {
        var found = new List<(string, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in folders)
        {
            var kernels = Path.Combine(data, "kernels");
            if (!Directory.Exists(kernels)) continue;
            foreach (var folder in Directory.GetDirectories(kernels).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(folder, "kernel.json");
                var name = Path.GetFileName(folder);
                if (!File.Exists(file) || !seen.Add(name)) continue;
                string display;
                try
                {
                    display = JsonNode.Parse(File.ReadAllText(file))?["display_name"]?.GetValue<string>() ?? name;
                }
                catch (Exception error) when (error is JsonException or InvalidOperationException or IOException)
                {
                    display = $"(unreadable kernel.json: {error.Message})";
                }
                found.Add((name, display, folder));
            }
        }
        return found;
    }
}
