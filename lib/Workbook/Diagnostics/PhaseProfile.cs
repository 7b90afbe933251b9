using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;

namespace Workbook.Diagnostics;

/// <summary>
/// The engine's phase profile, on when the environment variable <c>WORKBOOK_PROFILE</c> names a file: every process of
/// the engine (the command, each notebook's worker, the kernel) appends one tab-separated line per phase to it —
/// process id, phase, notebook folder, milliseconds from the process's start to the phase's end, wall milliseconds, milliseconds the JIT spent during the phase, methods it
/// compiled, assemblies loaded at its end. The phases are the runtime's start, Roslyn's warm-up, and for each cell
/// its package resolution, compilation and run, so a slow start can be told apart into JIT, assembly loading,
/// Roslyn, NuGet and the notebook's own work without a tracer.
/// </summary>
public static class PhaseProfile
{
    /// <summary>The environment variable naming the file the profile is appended to.</summary>
    public const string Variable = "WORKBOOK_PROFILE";

    private static readonly string? file = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;
    private static readonly Lock writing = new();
    private static readonly Lazy<DateTime> processStart = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return self.StartTime;
    });

    /// <summary>True when <see cref="Variable"/> names a file.</summary>
    public static bool Enabled => file is not null;

    /// <summary>Starts timing a phase; dispose the result to append its line. A no-op when the profile is off.</summary>
    public static Phase Begin(string name, string? notebook = null) => new(name, notebook);

    /// <summary>Appends the runtime's start: from the process's start to now (call it first thing in Main).</summary>
    public static void RuntimeStarted()
    {
        if (file is null) return;
        Write("runtime-start", null, (DateTime.Now - processStart.Value).TotalMilliseconds, JitInfo.GetCompilationTime().TotalMilliseconds, JitInfo.GetCompiledMethodCount());
    }

    private static void Write(string phase, string? notebook, double wallMilliseconds, double jitMilliseconds, long methods)
    {
        var line = new StringBuilder()
            .Append(Environment.ProcessId.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(phase).Append('\t')
            .Append(notebook ?? Environment.CurrentDirectory).Append('\t')
            .Append((DateTime.Now - processStart.Value).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append('\t')
            .Append(wallMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append('\t')
            .Append(jitMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append('\t')
            .Append(methods.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(AppDomain.CurrentDomain.GetAssemblies().Length.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .ToString();
        // Several processes append to one file: one write per line, under a lock within the process.
        lock (writing) File.AppendAllText(file!, line);
    }

    /// <summary>A phase being timed; its line is written when it is disposed.</summary>
    public readonly struct Phase : IDisposable
    {
        private readonly string name;
        private readonly string? notebook;
        private readonly long started;
        private readonly TimeSpan jitAtStart;
        private readonly long methodsAtStart;

        internal Phase(string name, string? notebook)
        {
            this.name = name;
            this.notebook = notebook;
            started = file is null ? 0 : Stopwatch.GetTimestamp();
            jitAtStart = file is null ? TimeSpan.Zero : JitInfo.GetCompilationTime();
            methodsAtStart = file is null ? 0 : JitInfo.GetCompiledMethodCount();
        }

        /// <summary>Appends the phase's line (wall time, JIT time and methods compiled since <see cref="Begin"/>).</summary>
        public void Dispose()
        {
            if (file is null || name is null) return;
            Write(name, notebook, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                (JitInfo.GetCompilationTime() - jitAtStart).TotalMilliseconds, JitInfo.GetCompiledMethodCount() - methodsAtStart);
        }
    }
}
