using MinerCapex.Panel;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Panel;

public class DataDirectoryTests
{
    [Fact]
    public void Resolve_AcceptsTheCloneRootOrTheDataFolder()
    {
        var data = Path.Combine(Fixture.RepoRoot, "data");
        Assert.Equal(data, DataDirectory.Resolve(Fixture.RepoRoot));
        Assert.Equal(data, DataDirectory.Resolve(data));
    }

    [Fact]
    public void Resolve_WithoutPath_WalksUpFromTheWorkingDirectory() =>
        Assert.Equal(Path.Combine(Fixture.RepoRoot, "data"), DataDirectory.Resolve());

    [Fact]
    public void Nearest_IsTheEnginesRule_ExactName_UpToTheRepositoryRoot()
    {
        var root = Fixture.TempFolder();
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(root, "repo", ".git"));
            Directory.CreateDirectory(System.IO.Path.Combine(root, "repo", "data", "prices"));
            Directory.CreateDirectory(System.IO.Path.Combine(root, "repo", "tests", "Data"));
            Directory.CreateDirectory(System.IO.Path.Combine(root, "repo", "tests", "bin"));
            Directory.CreateDirectory(System.IO.Path.Combine(root, "data", "prices"));
            Directory.CreateDirectory(System.IO.Path.Combine(root, "other", ".git"));
            Assert.Equal(System.IO.Path.Combine(root, "repo", "data"), DataDirectory.Nearest(System.IO.Path.Combine(root, "repo", "tests", "bin")));
            Assert.Null(DataDirectory.Nearest(System.IO.Path.Combine(root, "other")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Resolve_BadPath_ListsWhereItLooked()
    {
        var empty = Fixture.TempFolder();
        try
        {
            var ex = Assert.Throws<DirectoryNotFoundException>(() => DataDirectory.Resolve(empty));
            Assert.Contains(empty, ex.Message);
            Assert.Contains(Path.Combine(empty, "data"), ex.Message);
            Assert.Contains("prices/", ex.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
