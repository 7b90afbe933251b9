using MinerCapex.Panel;

namespace MinerCapex.Tests.Panel;

public class SessionPanelTests
{
    private static SessionPanel Small() => new(
        [new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3), new DateOnly(2025, 1, 6)],
        ["AAA", "BBB"],
        [[1.0, 2.0, double.NaN], [3.0, 4.0, 5.0]]);

    [Fact]
    public void Indexer_UnknownSymbol_ListsKnownOnes()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Small()["ZZZ"]);
        Assert.Contains("'ZZZ'", ex.Message);
        Assert.Contains("AAA, BBB", ex.Message);
    }

    [Fact]
    public void IndexOf_FindsSessionsAndRejectsOthers()
    {
        var p = Small();
        Assert.Equal(2, p.IndexOf(new DateOnly(2025, 1, 6)));
        Assert.Equal(-1, p.IndexOf(new DateOnly(2025, 1, 4)));
        Assert.Equal(5.0, p["bbb"][2]);
    }

    [Fact]
    public void Construction_UnsortedSessions_Throws() =>
        Assert.Throws<ArgumentException>(() => new SessionPanel(
            [new DateOnly(2025, 1, 3), new DateOnly(2025, 1, 2)], ["A"], [[1.0, 2.0]]));
}
