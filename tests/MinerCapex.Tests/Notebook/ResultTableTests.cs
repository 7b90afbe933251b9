using System.Text.RegularExpressions;
using MinerCapex.Data;
using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public class ResultTableTests
{
    private sealed record Row(string Series, double Rho, double P, DateOnly Session, MarketEvent? Event);

    private static readonly MarketEvent Halving = new("btc_halving_4", new DateOnly(2024, 4, 19), new DateOnly(2024, 4, 22), EventTiming.AfterClose,
        EventCategory.Btc, ["BTC-USD"], null, null, "Bitcoin's fourth halving <cuts> the subsidy", "https://example.org/a?b=1&c=2", "high", null);

    private static ResultTable Table(params Row[] rows) => ResultTable.Of(rows,
        new ResultColumn<Row>("Series", r => r.Series),
        new("ρ 2024", r => r.Rho, Quantity.Correlation),
        new("p", r => r.P, Quantity.P, "Fisher z, two-sided"),
        new("Session", r => r.Session, Quantity.Date),
        new("Event", r => r.Event, Quantity.Event));

    [Fact]
    public void The_table_is_a_plain_table_with_a_head_of_human_headers()
    {
        var html = Table(new Row("MINERS", 0.6012, 0.0000158, new DateOnly(2025, 6, 5), Halving)).ToHtml().Html;

        Assert.StartsWith("<table class=\"mcx-result\"><thead><tr>", html, StringComparison.Ordinal);
        Assert.EndsWith("</tbody></table>", html, StringComparison.Ordinal);
        Assert.Equal(["Series", "ρ 2024", "p", "Session", "Event"], Regex.Matches(html, "<th[^>]*>([^<]*)</th>").Select(m => m.Groups[1].Value));
        Assert.Contains("<th title=\"Fisher z, two-sided\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_show_formatted_numbers_and_keep_the_exact_value_in_data_value()
    {
        var html = Table(new Row("MINERS", 0.6012, 0.0000158, new DateOnly(2025, 6, 5), null)).ToHtml().Html;

        Assert.Contains("<td data-value=\"0.6012\" style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">0.60</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-value=\"1.58E-05\"", html, StringComparison.Ordinal);
        Assert.Contains(">&lt; 0.0001</td>", html, StringComparison.Ordinal);
        Assert.All(Regex.Matches(html, ">([^<]+)<").Select(m => m.Groups[1].Value), text => Assert.DoesNotMatch("[0-9]e[-+]?[0-9]", text));
    }

    [Fact]
    public void Dates_never_wrap_and_events_show_their_headline_with_the_id_as_tooltip_citing_their_source()
    {
        var html = Table(new Row("MINERS", 0.5, 0.5, new DateOnly(2025, 6, 5), Halving)).ToHtml().Html;

        Assert.Contains("<td data-value=\"2025-06-05\" style=\"white-space:nowrap\">2025-06-05</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-value=\"btc_halving_4\"><a href=\"https://example.org/a?b=1&amp;c=2\" data-cite-url=\"https://example.org/a?b=1&amp;c=2\" "
            + "data-cite-title=\"Bitcoin&#39;s fourth halving &lt;cuts&gt; the subsidy\" title=\"btc_halving_4\" rel=\"noopener noreferrer\" target=\"_blank\">"
            + "Bitcoin&#39;s fourth halving &lt;cuts&gt; the subsidy</a></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_a_web_source_keeps_its_plain_headline()
    {
        var html = Table(new Row("MINERS", 0.5, 0.5, new DateOnly(2025, 6, 5), Halving with { SourceUrl = "javascript:alert(1)" })).ToHtml().Html;

        Assert.Contains("<td data-value=\"btc_halving_4\"><span title=\"btc_halving_4\">Bitcoin&#39;s fourth halving &lt;cuts&gt; the subsidy</span></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-cite-url", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_value_is_formatted_by_its_column_linked_to_its_source_and_exported_bare()
    {
        var table = ResultTable.Of([(9.7, "https://example.org/iren"), (double.NaN, "ftp://example.org/x")],
            new ResultColumn<(double Amount, string Url)>("Amount", r => new Cited(r.Amount, r.Url, "IREN & Microsoft"), Quantity.Level));

        var html = table.ToHtml().Html;

        Assert.Contains("<td data-value=\"9.7\" style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">"
            + "<a href=\"https://example.org/iren\" data-cite-url=\"https://example.org/iren\" data-cite-title=\"IREN &amp; Microsoft\" rel=\"noopener noreferrer\" target=\"_blank\">9.7</a></td>", html, StringComparison.Ordinal);
        // Not an http(s) address: the value alone, never a link.
        Assert.Single(Regex.Matches(html, "<a "));
        Assert.Equal(["9.7", "–"], new[] { table.Text(0, 0), table.Text(1, 0) });
        Assert.Equal("Amount\n   9.7\n     –\n", table.ToText());
    }

    [Fact]
    public void Text_from_data_is_escaped_in_cells_headers_and_values()
    {
        var table = ResultTable.Of(["<script>alert(1)</script>", "a\"b"], new ResultColumn<string>("<b>x</b>", s => s));

        var html = table.ToHtml().Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<th>&lt;b&gt;x&lt;/b&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("data-value=\"a&quot;b\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_a_dash_and_the_text_form_aligns_numbers_right()
    {
        var table = Table(new Row("MINERS", double.NaN, 0.37, new DateOnly(2025, 1, 2), null), new Row("AI_PIVOT", -0.5, 0.0063, new DateOnly(2025, 1, 3), null));

        Assert.Equal(Numbers.Missing, table.Text(0, 1));
        Assert.Equal(-0.5, table.Value(1, 1));
        var lines = table.ToText().Split('\n');
        Assert.Equal("Series    ρ 2024       p  Session     Event", lines[0]);
        Assert.Equal("AI_PIVOT   -0.50  0.0063  2025-01-03  –", lines[2]);
    }

    [Fact]
    public void Each_number_column_declares_the_most_decimals_it_writes_and_missing_cells_export_empty()
    {
        var html = Table(new Row("MINERS", double.NaN, 0.0063, new DateOnly(2025, 6, 5), null)).ToHtml().Html;

        Assert.Equal(["", "2", "4", "", ""], Regex.Matches(html, "<th(?=[ >])(?: title=\"[^\"]*\")?( data-decimals=\"(\\d)\")?").Select(m => m.Groups[2].Value));
        Assert.Contains("<td data-value=\"\" style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">–</td>", html);
        Assert.Contains("<td data-value=\"\" style=\"opacity:.6\">–</td>", html);
        Assert.Contains("<td data-value=\"0.0063\"", html);
        Assert.Equal(4, Numbers.Format(0.0063, Quantity.P).Split('.')[1].Length);
        Assert.Equal(1, Numbers.Format(0.12345, Quantity.Percent).TrimEnd('%').Split('.')[1].Length);
    }
}
