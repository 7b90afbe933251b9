using Workbook.Rendering;

namespace Workbook.Tests.Provenance;

/// <summary>The commit read from .git files, checked against <c>git rev-parse</c> on real repositories.</summary>
public sealed class GitRevisionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Git(string dir, params string[] args) => Processes.Run(dir, "git", args);

    private string NewRepository()
    {
        var repo = Directory.CreateDirectory(_folder.File("repo")).FullName;
        Git(repo, "init", "-q", "-b", "main");
        Directory.CreateDirectory(Path.Combine(repo, "notebooks"));
        File.WriteAllText(Path.Combine(repo, "notebooks", "n.dib"), "#!markdown\n\n# N\n");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "first");
        return repo;
    }

    [Fact]
    public void PlainRepository_GivesHeadsCommitAndBranch()
    {
        var repo = NewRepository();
        var revision = GitRevision.Find(Path.Combine(repo, "notebooks", "n.dib"));

        Assert.Equal(Git(repo, "rev-parse", "HEAD"), revision?.Commit);
        Assert.Equal("main", revision?.Branch);
        Assert.Equal(repo, revision?.Root);
        Assert.Equal(12, revision?.ShortCommit.Length);
    }

    [Fact]
    public void PackedRefs_AndDetachedHead_AreRead()
    {
        var repo = NewRepository();
        File.WriteAllText(Path.Combine(repo, "second.txt"), "2");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "second");
        Git(repo, "pack-refs", "--all");
        Assert.False(File.Exists(Path.Combine(repo, ".git", "refs", "heads", "main")));
        Assert.Equal(Git(repo, "rev-parse", "HEAD"), GitRevision.Find(repo)?.Commit);

        Git(repo, "checkout", "-q", "--detach", "HEAD~1");
        var detached = GitRevision.Find(repo);
        Assert.Equal(Git(repo, "rev-parse", "HEAD"), detached?.Commit);
        Assert.Null(detached?.Branch);
    }

    [Fact]
    public void LinkedWorktree_ReadsItsOwnHeadAndTheSharedRefs()
    {
        var repo = NewRepository();
        var worktree = _folder.File("wt");
        Git(repo, "worktree", "add", "-q", "-b", "feature", worktree);
        File.WriteAllText(Path.Combine(worktree, "f.txt"), "f");
        Git(worktree, "add", "-A");
        Git(worktree, "commit", "-q", "-m", "feature");

        var revision = GitRevision.Find(Path.Combine(worktree, "notebooks", "n.dib"));
        Assert.Equal(Git(worktree, "rev-parse", "HEAD"), revision?.Commit);
        Assert.NotEqual(Git(repo, "rev-parse", "HEAD"), revision?.Commit);
        Assert.Equal("feature", revision?.Branch);
        Assert.Equal(worktree, revision?.Root);
    }

    [Fact]
    public void ThisRepository_MatchesGit()
    {
        Assert.Equal(Git(RepoPaths.Root, "rev-parse", "HEAD"), GitRevision.Find(RepoPaths.Root)?.Commit);
    }

    [Fact]
    public void OutsideAnyRepository_OrBeforeTheFirstCommit_ThereIsNone()
    {
        var bare = Directory.CreateDirectory(_folder.File("plain")).FullName;
        Assert.Null(GitRevision.Find(Path.Combine(bare, "n.dib")));
        var empty = Directory.CreateDirectory(_folder.File("empty")).FullName;
        Git(empty, "init", "-q");
        Assert.Null(GitRevision.Find(empty));
    }

    public void Dispose() => _folder.Dispose();
}
