using Workbook.IO;
using Workbook.Rendering;

namespace Workbook.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Write_ReplacesTheFile_AndLeavesNoTemporaryFile()
    {
        var path = _folder.File("out/report.html");
        await AtomicFile.WriteTextAsync(path, "first");
        await AtomicFile.WriteTextAsync(path, "second ✓");

        Assert.Equal("second ✓", await File.ReadAllTextAsync(path));
        Assert.Equal(["report.html"], Directory.GetFiles(_folder.File("out")).Select(Path.GetFileName));
        Assert.Equal(0xE2, File.ReadAllBytes(path)[7]); // UTF-8 without a byte-order mark
    }

    [Fact]
    public async Task AWriteThatFailsHalfway_LeavesThePreviousFileWhole()
    {
        var path = _folder.File("report.html");
        await AtomicFile.WriteTextAsync(path, "previous report");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (writer, _) =>
        {
            await writer.WriteAsync(new string('x', 200_000));
            await writer.FlushAsync();
            throw new InvalidOperationException("renderer crashed");
        }));

        Assert.Equal("renderer crashed", failure.Message);
        Assert.Equal("previous report", await File.ReadAllTextAsync(path));
        Assert.Equal(["report.html"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ACancelledWrite_LeavesThePreviousFileWhole()
    {
        var path = _folder.File("report.html");
        await AtomicFile.WriteTextAsync(path, "previous report");
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(path, async (writer, token) =>
        {
            await writer.WriteAsync("partial");
            await cancellation.CancelAsync();
            token.ThrowIfCancellationRequested();
        }, cancellation.Token));

        Assert.Equal("previous report", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
