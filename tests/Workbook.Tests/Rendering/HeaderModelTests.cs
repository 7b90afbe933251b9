using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// The header model decides what the header shows: status and badges, the facts as worded, the parameters fold, the
/// cache and staleness lines. The template only prints it, so these are the header's choices.
/// </summary>
public sealed class HeaderModelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private RunBuilder Notebook() => new RunBuilder(_folder.File("08-header.dib")) { StartedAt = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero) }
        .Markdown("# The header\n\nWhat does it say?")
        .Code("1 + 1", RunBuilder.Text("2"));

    private static HeaderModel ModelOf(NotebookRun run, ReportOptions? options = null) =>
        HeaderModel.Of(ReportBuilder.Build(run, options ?? new ReportOptions()).Header);

    [Fact]
    public void APlainRun_IsOk_WithNoParametersCacheStalenessDataOrPackages()
    {
        var header = ModelOf(Notebook().Build());

        Assert.Equal("The header", header.Title);
        Assert.Null(header.Status.Failure);
        Assert.Equal("all 2 cells ran without error", header.Status.OkText);
        Assert.Null(header.CacheNote);
        Assert.False(header.TrustedHtml);
        Assert.Equal("2026-12-06T08:00:00Z", header.RunIso);
        Assert.Null(header.Parameters);
        Assert.Null(header.Data);
        Assert.Null(header.PackagesSummary);
        Assert.Null(header.AsOf);
        Assert.Null(header.StaleLineHtml);
        Assert.Equal("08-header.dib", header.NotebookPath.Split('/')[^1]);
    }

    [Fact]
    public void AFailedRun_LinksTheFirstFailedCell_WithTheErrorsFirstLine()
    {
        var run = Notebook()
            .Failed("Boom()", new ErrorOutput("InvalidOperationException", "it broke\nsecond line", []))
            .Failed("Again()", new ErrorOutput("Other", "later", []))
            .Build();

        var failure = ModelOf(run).Status.Failure;

        Assert.NotNull(failure);
        Assert.Equal(3, failure.CellNumber);
        Assert.Equal("cell-3", failure.Anchor);
        Assert.Equal("InvalidOperationException: it broke", failure.Summary);
    }

    [Theory]
    [InlineData(false, false, false, "2 parameters, all defaults")]
    [InlineData(true, false, true, "2 parameters, 1 overridden")]
    [InlineData(true, true, true, "2 parameters, 2 overridden")]
    public void Parameters_FoldWhenAllAreDefaults_AndSayHowManyWereOverridden(bool first, bool second, bool open, string summary)
    {
        var run = Notebook().Parameter("window", "60", first).Parameter("model", "\"market\"", second).Build();

        var parameters = ModelOf(run).Parameters;

        Assert.NotNull(parameters);
        Assert.Equal(open, parameters.Open);
        Assert.Equal(summary, parameters.Summary);
        Assert.Equal(2, parameters.Rows.Count);
    }

    [Fact]
    public void OneParameter_IsSingular()
    {
        Assert.Equal("1 parameter, all defaults", ModelOf(Notebook().Parameter("window", "60").Build()).Parameters?.Summary);
    }

    [Fact]
    public void ARunFromTheCache_SaysWhenItsOutputsWereComputed()
    {
        var header = ModelOf(Notebook().Build() with { FromCache = true });

        Assert.Equal("outputs from cache, run of 2026-12-06 08:00:00 UTC", header.CacheNote);
    }

    [Fact]
    public void TrustedHtml_IsShownWhenTheOptionsTrustIt()
    {
        Assert.True(ModelOf(Notebook().Build(), new ReportOptions { TrustMarkdownHtml = true }).TrustedHtml);
    }

    [Fact]
    public void TheDataFolder_IsItsShortHashFileCountAndSize()
    {
        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.WriteAllBytes(Path.Combine(data, "a.csv"), new byte[1000]);
        File.WriteAllBytes(Path.Combine(data, "b.csv"), new byte[2000]);
        var builder = Notebook();
        builder.DataFolder = data;

        var header = ModelOf(builder.Build());

        Assert.NotNull(header.Data);
        Assert.Equal(64, header.Data.Hash.Length);
        Assert.Equal(header.Data.Hash[..12], header.Data.ShortHash);
        Assert.Equal("2 files, 2.9 KiB", header.Data.Size);
    }

    [Theory]
    [InlineData("2026-10-01", true)]
    [InlineData("2026-11-20", false)]
    public void DataThatEndLongBeforeTheRun_GetAStaleLine(string end, bool stale)
    {
        var run = Notebook()
            .Code("data", RunBuilder.Html($"<span data-workbook-as-of=\"{end}\" data-workbook-as-of-label=\"prices\">prices to {end}</span>"))
            .Build();

        var header = ModelOf(run);

        Assert.Equal(end, Assert.Single(header.AsOf!.Sources).IsoDate);
        Assert.Equal(stale, header.StaleLineHtml is not null);
        if (stale)
            Assert.Contains(end, header.StaleLineHtml);
    }

    [Fact]
    public void PackagesTheSetupCellInstalled_AreOneFoldedLine()
    {
        var run = new RunBuilder(_folder.File("09-setup.dib"))
            .Code("#r \"nuget: Plotly.NET, 6.0.0\"", new DisplayOutput(
                [new("text/html", "<div><strong>Installed Packages</strong><ul><li><span>Plotly.NET, 6.0.0</span></li></ul></div>"),
                 new("text/plain", "Installed Packages\n  - Plotly.NET, 6.0.0\n")], null, false))
            .Build();

        var header = ModelOf(run);

        Assert.Equal("1 package installed by the setup cell", header.PackagesSummary);
        Assert.Equal(["Plotly.NET, 6.0.0"], header.Packages);
    }

    public void Dispose() => _folder.Dispose();
}
