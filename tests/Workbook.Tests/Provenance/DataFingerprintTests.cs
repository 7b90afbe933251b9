using Workbook.Rendering;

namespace Workbook.Tests.Provenance;

public sealed class DataFingerprintTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The documented definition, computed by coreutils on the bundled data: the reference value.</summary>
    [Fact]
    public void BundledData_MatchesSha256sumOfTheSortedManifest()
    {
        var expected = Processes.Run(RepoPaths.Data, "bash", "-c",
            "find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1");
        var fingerprint = DataFingerprint.Compute(RepoPaths.Data);

        Assert.Equal(expected, fingerprint.Sha256);
        Assert.Equal(Directory.GetFiles(RepoPaths.Data, "*", SearchOption.AllDirectories).Length, fingerprint.FileCount);
        Assert.Equal(Directory.GetFiles(RepoPaths.Data, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length), fingerprint.TotalBytes);
    }

    [Fact]
    public void OneChangedByte_OrARename_ChangesTheFingerprint()
    {
        var data = Directory.CreateDirectory(_folder.File("data/prices")).Parent!.FullName;
        File.WriteAllText(_folder.File("data/prices/A.csv"), "Date,Close\n2025-01-02,1.5\n");
        File.WriteAllText(_folder.File("data/.hidden"), "x");
        var original = DataFingerprint.Compute(data);
        Assert.Equal(2, original.FileCount);

        File.WriteAllText(_folder.File("data/prices/A.csv"), "Date,Close\n2025-01-02,1.6\n");
        var edited = DataFingerprint.Compute(data);
        File.Move(_folder.File("data/prices/A.csv"), _folder.File("data/prices/B.csv"));
        var renamed = DataFingerprint.Compute(data);

        Assert.NotEqual(original.Sha256, edited.Sha256);
        Assert.NotEqual(edited.Sha256, renamed.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", renamed.Sha256);
    }

    public void Dispose() => _folder.Dispose();
}
