using System.Text.RegularExpressions;
using MinerCapex.Notebook;
using MinerCapex.Panel;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class DataAsOfTests
{
    private static readonly MarketData Data = MarketData.Load();

    private static IReadOnlyList<(string Date, string Label, string Refresh)> Declarations(string html) =>
        Regex.Matches(html, "<span data-workbook-as-of=\"([^\"]+)\" data-workbook-as-of-label=\"([^\"]+)\"(?: data-workbook-refresh=\"([^\"]+)\")?>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();

    [Fact]
    public void The_line_declares_the_last_session_of_the_prices_with_their_refresh_command_and_the_last_event_date()
    {
        var html = DataAsOf.Line(Data).Html;

        var lastSession = Numbers.Date(Data.Sessions[^1]);
        var lastEvent = Numbers.Date(Data.Events.Max(e => e.Date));
        Assert.Equal([(lastSession, "prices", DataAsOf.RefreshCommandFor(Data)), (lastEvent, "news", "")], Declarations(html));
        Assert.Equal($"Data as of this snapshot: prices to {lastSession} · news to {lastEvent}.", new Markup(html).ToPlainText());
        // A command that runs: the verb takes at least one symbol, so it names every price file.
        Assert.Equal("dotnet run --project lib/MinerCapex.Cli -- data refresh " + string.Join(' ', Data.Symbols), DataAsOf.RefreshCommandFor(Data));
    }

    [Fact]
    public void Describe_and_the_snapshot_carry_the_declaration_so_the_notebooks_that_show_them_declare_it()
    {
        var study = StudySetup.Load(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var expected = Declarations(DataAsOf.Line(study.Data).Html);

        Assert.Equal(expected, Declarations(study.Describe().ToHtml().Html));
        Assert.Equal(expected, Declarations(DataOverview.Of(study.Data, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)).Snapshot().ToHtml().Html));
        Assert.Equal(expected, Declarations(DataAsOf.Of(study.Data).ToHtml().Html));
    }

    [Fact]
    public void The_declaration_escapes_what_it_carries()
    {
        var html = AsOf.Declaration("a\"b", new DateOnly(2026, 10, 7), "run <x> & y").Html;
        Assert.Equal("<span data-workbook-as-of=\"2026-10-07\" data-workbook-as-of-label=\"a&quot;b\" data-workbook-refresh=\"run &lt;x&gt; &amp; y\">a&quot;b to 2026-10-07</span>", html);
        Assert.Throws<ArgumentException>(() => AsOf.Declaration(" ", new DateOnly(2026, 10, 7)));
    }
}
