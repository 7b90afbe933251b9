using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// A report is a function of its run: the header shows the data fingerprint captured when the run started, even when
/// the folder changed or went away before rendering, because rendering reads no file.
/// </summary>
public sealed class HeaderProvenanceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Header_ShowsTheFingerprintCapturedAtTheStart_AfterTheDataChangedAndWasDeleted()
    {
        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "prices.csv"), "date,close\n2026-01-02,1\n");
        var run = new RunBuilder(_folder.File("n.dib")) { DataFolder = data }.Markdown("# Title\n\nText.").Build();
        var captured = Assert.IsType<DataFingerprint>(run.Provenance.Data);

        File.WriteAllText(Path.Combine(data, "prices.csv"), "date,close\n2026-01-02,2\n");
        var changed = DataFingerprint.Compute(data);
        Directory.Delete(data, recursive: true);
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.NotEqual(changed.Sha256, captured.Sha256);
        Assert.Contains($"sha256:{captured.Sha256[..12]}", html);
        Assert.DoesNotContain(changed.Sha256[..12], html);
        Assert.Contains("</code> · 1 file, ", html);
    }

    [Fact]
    public void Header_NamesNoDataAndNoCommit_WhenTheRunHadNone()
    {
        var run = new RunBuilder(_folder.File("n.dib")).Markdown("# Title\n\nText.").Build();

        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Null(run.Provenance.Data);
        Assert.Null(run.Provenance.Git);
        Assert.DoesNotContain("sha256:", html);
        Assert.Contains(run.Provenance.Engine.Version, html);
    }

    public void Dispose() => _folder.Dispose();
}
