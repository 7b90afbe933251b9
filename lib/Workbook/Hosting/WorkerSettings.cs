using System.Globalization;
using Workbook.Execution;

namespace Workbook.Hosting;

/// <summary>
/// What a worker process is told on its command line (<c>worker --connect PATH ...</c>): where its parent listens,
/// where NuGet resolutions are cached, and its output limits. Its working directory is the notebook's folder.
/// </summary>
/// <param name="SocketPath">The parent's Unix domain socket.</param>
/// <param name="Limits">Output limits, applied in the worker so dropped output never crosses the channel.</param>
/// <param name="PackageCacheDirectory">The NuGet resolution cache, or null for the default.</param>
public sealed record WorkerSettings(string SocketPath, OutputLimits Limits, string? PackageCacheDirectory = null)
{
    /// <summary>The worker verb's arguments, after the verb itself.</summary>
    public IReadOnlyList<string> ToArguments()
    {
        var inv = CultureInfo.InvariantCulture;
        List<string> arguments =
        [
            "--connect", SocketPath,
            "--max-cell-output", Limits.PerCell.ToString(inv),
            "--max-notebook-output", Limits.PerNotebook.ToString(inv),
        ];
        if (PackageCacheDirectory is { } cache) arguments.AddRange(["--package-cache", cache]);
        return arguments;
    }
}
