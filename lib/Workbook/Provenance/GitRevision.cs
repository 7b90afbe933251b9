namespace Workbook.Provenance;

/// <summary>
/// The commit checked out where a notebook lives, read from the <c>.git</c> files themselves (no git binary needed).
/// Handles a plain repository, a linked worktree (<c>.git</c> file with <c>gitdir:</c>, refs in the common dir),
/// packed refs and a detached HEAD. It cannot tell whether the working tree has uncommitted changes.
/// </summary>
/// <param name="Commit">The full commit id.</param>
/// <param name="Branch">The branch HEAD points to, or null when detached.</param>
/// <param name="Root">The working tree's root folder.</param>
public sealed record GitRevision(string Commit, string? Branch, string Root)
{
    /// <summary>The first 12 hex digits, as the report prints it.</summary>
    public string ShortCommit => Commit[..Math.Min(12, Commit.Length)];

    /// <summary>The revision of the repository containing <paramref name="path"/>, or null when there is none or it has no commit yet.</summary>
    public static GitRevision? Find(string path)
    {
        var full = Path.GetFullPath(path);
        var start = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit) : null;
            if (gitDir is not null)
                return Read(gitDir, dir.FullName);
        }
        return null;
    }

    private static string? LinkedGitDir(string dotGitFile)
    {
        var line = File.ReadLines(dotGitFile).FirstOrDefault(l => l.StartsWith("gitdir:", StringComparison.Ordinal));
        return line is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGitFile)!, line["gitdir:".Length..].Trim()));
    }

    private static GitRevision? Read(string gitDir, string root)
    {
        var headFile = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headFile))
            return null;
        var head = File.ReadAllText(headFile).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
            return IsCommitId(head) ? new GitRevision(head, null, root) : null;

        var refName = head["ref:".Length..].Trim();
        var commonFile = Path.Combine(gitDir, "commondir");
        var commonDir = File.Exists(commonFile)
            ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonFile).Trim()))
            : gitDir;
        var commit = ReadLooseRef(gitDir, refName) ?? ReadLooseRef(commonDir, refName) ?? ReadPackedRef(commonDir, refName);
        var branch = refName.StartsWith("refs/heads/", StringComparison.Ordinal) ? refName["refs/heads/".Length..] : refName;
        return commit is null ? null : new GitRevision(commit, branch, root);
    }

    private static string? ReadLooseRef(string dir, string refName)
    {
        var file = Path.Combine(dir, refName.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(file))
            return null;
        var id = File.ReadAllText(file).Trim();
        return IsCommitId(id) ? id : null;
    }

    private static string? ReadPackedRef(string dir, string refName)
    {
        var packed = Path.Combine(dir, "packed-refs");
        if (!File.Exists(packed))
            return null;
        foreach (var line in File.ReadLines(packed))
        {
            if (line.Length == 0 || line[0] is '#' or '^')
                continue;
            var space = line.IndexOf(' ');
            if (space > 0 && line[(space + 1)..] == refName && IsCommitId(line[..space]))
                return line[..space];
        }
        return null;
    }

    // SHA-1 repositories have 40-digit ids, SHA-256 repositories 64.
    private static bool IsCommitId(string text) =>
        text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);
}
