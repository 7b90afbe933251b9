using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Caching;
using Workbook.Execution.Parameters;

namespace Workbook.Tests.Provenance;

/// <summary>One command hashes a data folder once, and the cache key reads the fingerprint the report shows.</summary>
public sealed class DataFingerprintsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Of_HashesAFolderOnce_WhoeverAsks()
    {
        var data = DataFolderWithOneFile();
        var fingerprints = new DataFingerprints();

        var first = fingerprints.Of(data);
        File.WriteAllText(Path.Combine(data, "a.csv"), "x\n2\n");
        var second = fingerprints.Of(Path.Combine(data, "..", "data"));

        Assert.Same(first, second);
        Assert.NotEqual(DataFingerprint.Compute(data).Sha256, first!.Sha256);
        Assert.Equal(1, first.FileCount);
        Assert.Equal(4, first.TotalBytes);
    }

    [Fact]
    public void Of_IsNull_ForNoFolderAndForAMissingOne()
    {
        var fingerprints = new DataFingerprints();

        Assert.Null(fingerprints.Of(null));
        Assert.Null(fingerprints.Of(_folder.File("missing")));
    }

    [Fact]
    public void ExecutionKey_ReadsTheRunsProvenance_NotTheFolder()
    {
        var data = DataFolderWithOneFile();
        var path = _folder.File("n.dib");
        File.WriteAllText(path, "#!markdown\n\n# Title\n");
        var notebook = NotebookParameters.Apply(NotebookFile.Load(path), []);
        var provenance = RunProvenance.Capture(path, data, notebook.Values);
        Directory.Delete(data, recursive: true);

        var key = ExecutionKeys.Compute(notebook, path, provenance, new RunOptions(), out var uncacheable);
        var missing = ExecutionKeys.Compute(notebook, path, RunProvenance.Capture(path, data, notebook.Values), new RunOptions(), out _);

        Assert.Null(uncacheable);
        Assert.Equal($"sha256:{provenance.Data!.Sha256} 1 files 4 bytes", key!.Data);
        Assert.Equal($"{provenance.Engine.Runtime} {provenance.Engine.RuntimeIdentifier}", key.Runtime);
        Assert.Equal(provenance.Engine.SourceHash, key.Engine);
        Assert.Equal($"missing {data}", missing!.Data);
        Assert.Equal(["data"], key.Differences(missing));
    }

    // A data folder of one 4-byte file.
    private string DataFolderWithOneFile()
    {
        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "a.csv"), "x\n1\n");
        return data;
    }

    public void Dispose() => _folder.Dispose();
}
