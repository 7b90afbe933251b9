using Workbook.Execution;

namespace Workbook.Tests.Execution;

/// <summary>The engine's one rule for a notebook's data folder (<see cref="DataFolder"/>).</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Nearest_IsAtOrAboveTheFolder_ButNotAboveTheRepositoryRoot()
    {
        Directory.CreateDirectory(_folder.File("repo/.git"));
        Directory.CreateDirectory(_folder.File("repo/data"));
        Directory.CreateDirectory(_folder.File("repo/notebooks/deep"));
        Assert.Equal(_folder.File("repo/data"), DataFolder.Nearest(_folder.File("repo/notebooks/deep")));
        Assert.Equal(_folder.File("repo/data"), DataFolder.Nearest(_folder.File("repo")));

        Directory.CreateDirectory(_folder.File("data"));
        Directory.CreateDirectory(_folder.File("other/.git"));
        Directory.CreateDirectory(_folder.File("other/notebooks"));
        Assert.Null(DataFolder.Nearest(_folder.File("other/notebooks")));
        Assert.Equal(RepoPaths.Data, DataFolder.Nearest(RepoPaths.Notebooks));
    }

    [Fact]
    public void Nearest_TakesOnlyAFolderNamedExactlyData()
    {
        Directory.CreateDirectory(_folder.File("repo/.git"));
        Directory.CreateDirectory(_folder.File("repo/data"));
        Directory.CreateDirectory(_folder.File("repo/tests/Data"));
        Directory.CreateDirectory(_folder.File("repo/tests/bin"));
        Assert.Equal(_folder.File("repo/data"), DataFolder.Nearest(_folder.File("repo/tests/bin")));
    }

    [Fact]
    public void For_TakesTheNamedFolderAsItIs_OverTheNearestOne()
    {
        Directory.CreateDirectory(_folder.File("repo/.git"));
        Directory.CreateDirectory(_folder.File("repo/data"));
        Directory.CreateDirectory(_folder.File("repo/notebooks"));
        Assert.Equal(_folder.File("elsewhere"), DataFolder.For(_folder.File("repo/notebooks"), named: _folder.File("elsewhere")));
        Assert.Equal(_folder.File("repo/data"), DataFolder.For(_folder.File("repo/notebooks"), named: ""));
    }

    public void Dispose() => _folder.Dispose();
}
