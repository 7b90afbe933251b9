using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Data;

/// <summary>
/// Every malformed fixture must fail with a <see cref="DataFormatException"/> that points at the exact line,
/// column and value, and says what was expected.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly List<string> _folders = [];

    private static readonly Lazy<IReadOnlyList<DateOnly>> Sessions = new(() => PriceFile.Read(Fixture.Prices("SPY")).Bars.Select(b => b.Date).ToList());

    public static TheoryData<string, int, int, string?, string> Cases => new()
    {
        // file, line, column, value (null: nothing there), fragment of the expectation
        { "bad_prices_missing_column.csv", 1, 0, "Date,Open,High,Low,Close,Volume", "a column named 'Adj Close'" },
        { "bad_prices_non_numeric.csv", 3, 5, "abc", "a number or null for Close" },
        { "bad_prices_bad_date.csv", 4, 1, "2025-13-06", "a date as yyyy-MM-dd" },
        { "bad_prices_us_date.csv", 2, 1, "01/02/2025", "a date as yyyy-MM-dd" },
        { "prices_duplicate_date.csv", 4, 1, "2025-01-03", "after 2025-01-03 (line 3); dates must strictly increase and this one duplicates it" },
        { "bad_prices_unsorted.csv", 4, 1, "2025-01-03", "after 2025-01-06 (line 3); dates must strictly increase and this one is before it" },
        { "bad_prices_truncated_last_line.csv", 4, 4, null, "7 comma-separated fields as in the header, but the line stops after 3 (truncated?)" },
        { "bad_prices_empty.csv", 1, 0, null, "(the file is empty)" },
        { "bad_prices_header_only.csv", 2, 0, null, "at least one bar after the header line" },
        { "bad_prices_semicolon.csv", 1, 1, "Date;Open;High;Low;Close;Adj Close;Volume", "this header is separated by ';'" },
        { "bad_prices_extra_field.csv", 3, 8, "7", "the line has 8" },
        { "bad_prices_blank_line_inside.csv", 3, 0, "", "blank lines are allowed only at the end" },
        { "bad_prices_nan_literal.csv", 3, 5, "NaN", "a number or null for Close" },
        { "bad_prices_duplicate_header.csv", 1, 6, "Close", "distinct column names ('Close' is also column 5)" },
        { "bad_universe_unknown_group.csv", 3, 4, "semis", "one of miner, treasury, neocloud, hyperscaler, benchmark, crypto" },
        { "bad_universe_unknown_subgroup.csv", 2, 5, "hpc", "one of ai_pivot, btc_centric or empty" },
        { "bad_universe_miner_without_subgroup.csv", 2, 5, "", "a miner subgroup (ai_pivot or btc_centric) for a miner" },
        { "bad_universe_subgroup_outside_miners.csv", 2, 5, "ai_pivot", "only miners have one, and NBIS is in group 'neocloud'" },
        { "bad_universe_duplicate_symbol.csv", 4, 1, "CIFR", "already on line 2" },
        { "bad_universe_unknown_asset_class.csv", 2, 3, "fund", "one of equity, etf, crypto" },
        { "bad_universe_pivot_without_since.csv", 2, 6, "", "the date of the first signed AI/HPC contract for an ai_pivot miner" },
        { "bad_universe_since_on_btc_centric.csv", 3, 6, "2025-09-25", "an empty date: only ai_pivot miners have one, and this row's subgroup is 'btc_centric'" },
        { "bad_universe_since_without_event.csv", 2, 7, "", "the events.csv id of the contract dated in ai_pivot_since" },
        { "bad_universe_event_without_since.csv", 2, 7, "mara_deal", "an empty event id, as ai_pivot_since is empty" },
        { "bad_universe_bad_since_date.csv", 2, 6, "2025-9-25", "a date as yyyy-MM-dd, or empty" },
        { "bad_events_first_session_before_date.csv", 3, 3, "2025-10-31", "a first session on or after the event's date 2025-11-03" },
        { "bad_events_first_session_not_session.csv", 2, 3, "2025-09-07", "2025-09-07 (Sunday) has none, the next is 2025-09-08" },
        { "bad_events_first_session_holiday.csv", 2, 3, "2025-01-09", "2025-01-09 (Thursday) has none, the next is 2025-01-10" },
        { "bad_events_unknown_category.csv", 2, 5, "ai_hype", "one of ai_capex, ai_financing, miner_ai_deal, btc, macro" },
        { "bad_events_unknown_timing.csv", 2, 4, "evening", "one of pre-market, intraday, after-close, weekend, unknown" },
        { "bad_events_bad_confidence.csv", 2, 11, "certain", "one of high, medium, low" },
        { "bad_events_duplicate_id.csv", 3, 1, "nebius_msft", "an id not used before (already on line 2)" },
        { "bad_events_amount_text.csv", 2, 7, "17.4bn", "a number, empty or null" },
        { "bad_events_unknown_defined_by.csv", 2, 13, "rumour", "one of news, price" },
        { "bad_capex_bad_boolean.csv", 2, 9, "yes", "true or false" },
        { "bad_capex_unknown_kind.csv", 2, 2, "loan", "one of capex_plan, bond, contract, lease, capacity, capex_actual" },
        { "bad_capex_bad_date.csv", 2, 5, "2025-10-3", "a date as yyyy-MM-dd" },
        { "bad_tickers_us_date.csv", 2, 3, "06/04/2026", "a date as yyyy-MM-dd" },
        { "bad_tickers_provider_is_symbol.csv", 2, 2, "BITF", "a provider symbol other than the symbol itself" },
        { "bad_tickers_path_as_ticker.csv", 2, 2, "../KEEL", "a ticker: letters, digits and . - ^ = only" },
        { "bad_tickers_announced_after_change.csv", 2, 4, "2026-04-07", "an announcement date on or before the change (2026-04-06), or empty" },
        { "bad_tickers_no_source.csv", 2, 6, "", "a non-empty value" },
        { "bad_tickers_duplicate_symbol.csv", 3, 1, "bitf", "a symbol not listed before (already on line 2)" },
        { "bad_tickers_missing_column.csv", 1, 0, "symbol,provider,since,announced,name,source_url,note", "a column named 'provider_symbol'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_MalformedFile_PointsAtLineColumnAndValue(string name, int line, int column, string? value, string expected)
    {
        var path = Fixture.Path(name);
        var ex = Assert.Throws<DataFormatException>(() => ReadByName(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(value, ex.Value);
        Assert.Contains(expected, ex.Expected);
        var where = column > 0 ? $"{path}:{line}:{column}: " : $"{path}:{line}: ";
        Assert.StartsWith(where, ex.Message);
        Assert.Contains(value is null ? "found nothing" : $"found '{value}'", ex.Message);
    }

    [Fact]
    public void A_stray_quote_in_a_catalog_file_is_a_format_error_at_its_line_not_a_csv_library_exception()
    {
        var text = "Date,Open,High,Low,Close,Adj Close,Volume\n2025-01-02,\"1,2,0.5,1.5,1.5,100\n"
            + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"2025-01-03,1,2,0.5,1.5,1.5,{i}\n"));
        var path = Path.Combine(DataFolderWith(("ABC", text)), "prices", "ABC.csv");

        var ex = Assert.Throws<DataFormatException>(() => PriceFile.Read(path));

        Assert.Equal((2, 0, "2025-01-02,\"1,2,0.5,1.5,1.5,100"), (ex.Line, ex.Column, ex.Value));
        Assert.StartsWith($"{path}:2: found", ex.Message);
        Assert.Contains("a line of at most 32,768 characters", ex.Expected);
        // As with any file whose first record cannot be reached, the problem list is the one error, thrown.
        Assert.Equal(ex.Message, Assert.Throws<DataFormatException>(() => PriceFile.Problems(path)).Message);
    }

    [Fact]
    public void Read_TrailingBlankLines_AreAccepted() =>
        Assert.Equal(2, PriceFile.Read(Fixture.Path("prices_trailing_blank_lines.csv")).Bars.Count);

    [Fact]
    public void Problems_lists_every_bad_line_not_only_the_first()
    {
        var text = "Date,Open,High,Low,Close,Adj Close,Volume\n" +
            "2025-01-02,1,2,0.5,1.5,1.5,100\n" +
            "2025-01-03,x,2,0.5,1.5,1.5,100\n" +
            "2025-01-06;1;2;0.5;1.5;1.5;100\n" +
            "2025-01-07,1,2,0.5,1.5,1.5,100\n" +
            "\n" +
            "2025-01-08,1,2,0.5,bad,1.5,100\n" +
            "2025-01-07,1,2,0.5,1.5,1.5,100\n";
        var path = Path.Combine(DataFolderWith(("ABC", text)), "prices", "ABC.csv");

        var problems = PriceFile.Problems(path);

        Assert.Equal([(3, 2, "x"), (4, 1, "2025-01-06;1;2;0.5;1.5;1.5;100"), (6, 0, ""), (7, 5, "bad"), (8, 1, "2025-01-07")],
            problems.Select(p => (p.Line, p.Column, p.Value)));
        Assert.Contains("this line is separated by ';'", problems[1].Expected);
        Assert.Equal("line 3, column 2: found 'x'; expected a number or null for Open.", problems[0].Problem);
        Assert.Equal(problems[0].Message, Assert.Throws<DataFormatException>(() => PriceFile.Read(path)).Message);
        Assert.Empty(PriceFile.Problems(Fixture.Prices("SPY")));
    }

    [Fact]
    public void Load_MalformedPriceFile_FailsWithThatFilesLocation()
    {
        var data = DataFolderWith(("SPY", File.ReadAllText(Fixture.Prices("SPY"))), ("ABC", File.ReadAllText(Fixture.Path("bad_prices_non_numeric.csv"))));
        var ex = Assert.Throws<DataFormatException>(() => MarketData.Load(data));
        Assert.Equal(Path.Combine(data, "prices", "ABC.csv"), ex.File);
        Assert.Equal((3, 5, "abc"), (ex.Line, ex.Column, ex.Value));
    }

    [Fact]
    public void Load_UniverseSymbolWithoutPrices_IsAFormatError()
    {
        var data = DataFolderWith(("SPY", File.ReadAllText(Fixture.Prices("SPY"))));
        File.Copy(Fixture.Path("universe_good.csv"), Path.Combine(data, "universe.csv"));
        var ex = Assert.Throws<DataFormatException>(() => MarketData.Load(data));
        Assert.Equal((2, "CIFR"), (ex.Line, ex.Value));
        Assert.Contains("a symbol with a price file; prices/ has SPY", ex.Message);
    }

    [Fact]
    public void Load_WithoutTheCalendarSymbol_SaysWhy()
    {
        var data = DataFolderWith(("CIFR", File.ReadAllText(Fixture.Prices("CIFR"))));
        var ex = Assert.Throws<FileNotFoundException>(() => MarketData.Load(data));
        Assert.Contains("session calendar is taken from SPY", ex.Message);
    }

    [Fact]
    public void Load_EventOffTheCalendar_IsAFormatError()
    {
        var data = DataFolderWith(("SPY", File.ReadAllText(Fixture.Prices("SPY"))));
        File.Copy(Fixture.Path("bad_events_first_session_not_session.csv"), Path.Combine(data, "events.csv"));
        var ex = Assert.Throws<DataFormatException>(() => MarketData.Load(data));
        Assert.Equal((2, 3, "2025-09-07"), (ex.Line, ex.Column, ex.Value));
    }

    private static void ReadByName(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Contains("universe")) UniverseFile.Read(path);
        else if (name.Contains("events")) EventFile.Read(path, Sessions.Value);
        else if (name.Contains("capex")) CapexFile.Read(path);
        else if (name.Contains("tickers")) TickerAliasFile.Read(path);
        else PriceFile.Read(path);
    }

    public void Dispose()
    {
        foreach (var f in _folders) Directory.Delete(f, recursive: true);
    }

    private string DataFolderWith(params (string Symbol, string Text)[] files)
    {
        var data = Fixture.TempFolder();
        _folders.Add(data);
        Directory.CreateDirectory(Path.Combine(data, "prices"));
        foreach (var (symbol, text) in files) File.WriteAllText(Path.Combine(data, "prices", symbol + ".csv"), text);
        return data;
    }
}
