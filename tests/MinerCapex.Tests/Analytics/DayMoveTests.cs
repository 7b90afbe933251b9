using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class DayMoveTests
{
    private static readonly StudyData Data = StudyData.Load();

    [Theory]
    [InlineData("2025-09-09", "CIFR", 0.194)]
    [InlineData("2025-09-09", "BITF", 0.242)]
    [InlineData("2025-09-09", "MARA", 0.048)]
    [InlineData("2025-09-09", "BTC-USD", -0.005)]
    [InlineData("2025-11-24", "CIFR", 0.181)]
    [InlineData("2025-11-24", "WGMI", 0.134)]
    public void NewsChecks_RoundToTheReportedMoves(string day, string symbol, double move)
    {
        var m = Data.Prices.SessionMove(symbol, StudyData.Day(day));
        Assert.Equal(move, Math.Round(m.Return, 3));
    }

    [Fact]
    public void BtcCalendarDay_On20250909_IsMinusHalfPercent()
    {
        var m = Data.Histories["BTC-USD"].CalendarDayMove(new DateOnly(2025, 9, 9));
        Assert.Equal(-0.005, Math.Round(m.Return, 3));
        Assert.Equal(new DateOnly(2025, 9, 8), m.PreviousDate);
    }

    [Fact]
    public void SessionAndCalendarMoves_MatchReference()
    {
        var compared = 0;
        foreach (var group in Data.Reference.GetProperty("day_moves").EnumerateArray().GroupBy(e => e.GetProperty("date").GetString()!))
        {
            var moves = Data.Prices.SessionMoves(StudyData.Day(group.Key)).ToDictionary(m => m.Symbol);
            foreach (var e in group)
            {
                var m = moves[e.GetProperty("symbol").GetString()!];
                Assert.Equal(StudyData.Day(e.GetProperty("previous").GetString()!), m.PreviousDate);
                Reference.Close(Reference.Value(e.GetProperty("return")), m.Return, $"{m.Symbol} {group.Key}", 1e-12);
                compared++;
            }
        }
        Assert.True(compared > 100);
        foreach (var e in Data.Reference.GetProperty("btc_calendar").EnumerateArray())
        {
            var day = StudyData.Day(e.GetProperty("date").GetString()!);
            Reference.Close(e.GetProperty("return").GetDouble(), Data.Histories["BTC-USD"].CalendarDayMove(day).Return, $"BTC calendar {day}", 1e-12);
        }
    }

    [Fact]
    public void MondayBtcSessionMove_SpansTheWeekend()
    {
        var day = new DateOnly(2025, 11, 24); // Monday
        var session = Data.Prices.SessionMove("BTC-USD", day);
        var calendar = Data.Histories["BTC-USD"].CalendarDayMove(day);
        Assert.Equal(new DateOnly(2025, 11, 21), session.PreviousDate);
        Assert.NotEqual(Math.Round(session.Return, 4), Math.Round(calendar.Return, 4));
    }

    [Fact]
    public void MissingPricesAndBadDates()
    {
        var placeholderNext = Data.Prices.SessionMove("CLSK", new DateOnly(2024, 11, 11)); // previous bar is the placeholder
        Assert.True(double.IsNaN(placeholderNext.Return));
        Assert.True(double.IsNaN(Data.Prices.SessionMove("CRWV", new DateOnly(2024, 6, 3)).Return));
        Assert.Contains("Saturday", Assert.Throws<ArgumentException>(() => Data.Prices.SessionMoves(new DateOnly(2025, 9, 6))).Message);
        Assert.Contains("first session", Assert.Throws<ArgumentException>(() => Data.Prices.SessionMoves(Data.Prices.Sessions[0])).Message);
        Assert.Throws<ArgumentException>(() => Data.Histories["MARA"].CalendarDayMove(new DateOnly(2025, 9, 6)));
        var df = Data.Prices.SessionMoves(new DateOnly(2025, 9, 9), ["CIFR", "CRWV"]).ToDataFrame();
        Assert.Equal(["symbol", "date", "previous_date", "previous_close", "close", "return", "log_return"], df.Columns.Select(c => c.Name));
        Assert.Equal(2, df.Rows.Count);
    }
}
