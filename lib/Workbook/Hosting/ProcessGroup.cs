using System.Globalization;
using System.Runtime.InteropServices;

namespace Workbook.Hosting;

/// <summary>
/// A worker and everything its cells start, held in one Linux process group so that none of it outlives the run:
/// the worker leads a session of its own (<c>setsid</c>), so every process a cell starts (and theirs) is in its group
/// unless it leaves on purpose. The worker ends the others of its group when its parent says goodbye or goes away, even
/// by SIGKILL (its end of the message socket then reads the end); the parent ends the group when the worker ends,
/// however it ended. Elsewhere than Linux these are no-ops and the process-tree kill is all there is.
/// </summary>
/// <remarks>
/// <c>PR_SET_PDEATHSIG</c> is not used: it fires when the parent's forking <em>thread</em> ends, and .NET forks from
/// whichever pool thread called <c>Process.Start</c>, which may retire while the parent lives on.
/// </remarks>
internal static partial class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>In the worker, first thing: a new session and process group led by this process. False where unavailable.</summary>
    public static bool Lead() => OperatingSystem.IsLinux() && setsid() >= 0;

    /// <summary>In the worker: ends every other process of its group (what cells started and left running).</summary>
    public static void EndOthers()
    {
        if (!Leads(Environment.ProcessId)) return;
        foreach (var (id, _) in Members(Environment.ProcessId, except: Environment.ProcessId))
            _ = kill(id, SigKill);
    }

    /// <summary>Ends every process of the group led by <paramref name="leader"/> (the leader too, if it still runs).</summary>
    public static void EndGroup(int leader)
    {
        if (OperatingSystem.IsLinux() && leader > 1) _ = kill(-leader, SigKill);
    }

    /// <summary>True when <paramref name="processId"/> leads its own process group (so ending the group ends only its own).</summary>
    public static bool Leads(int processId) => GroupOf(processId) == processId;

    /// <summary>The live processes of <paramref name="group"/> other than <paramref name="except"/>: pid and command name.</summary>
    public static IReadOnlyList<(int Id, string Name)> Members(int group, int except)
    {
        var found = new List<(int, string)>();
        if (!OperatingSystem.IsLinux()) return found;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == except) continue;
            if (Stat(id) is { Group: var g, State: not 'Z' and not 'X', Name: var name } && g == group) found.Add((id, name));
        }
        return found;
    }

    private static int? GroupOf(int processId) => Stat(processId)?.Group;

    // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses, so parse from the last ')'.
    private static (string Name, char State, int Group)? Stat(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
            var close = stat.LastIndexOf(')');
            var open = stat.IndexOf('(');
            var fields = stat[(close + 2)..].Split(' ');
            return (stat[(open + 1)..close], fields[0][0], int.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setsid();

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
