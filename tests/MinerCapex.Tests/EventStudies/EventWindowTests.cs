using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

public class EventWindowTests
{
    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(0, 1, 2)]
    [InlineData(-1, 1, 3)]
    [InlineData(0, 5, 6)]
    [InlineData(-130, -11, 120)]
    public void Length_CountsBothEnds(int start, int end, int length) =>
        Assert.Equal(length, new EventWindow(start, end).Length);

    [Fact]
    public void Construction_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new EventWindow(1, 0));
        Assert.Contains("[1,0]", ex.Message);
    }

    [Theory]
    [InlineData(0, 0, "[0,0]")]
    [InlineData(0, 1, "[0,+1]")]
    [InlineData(-1, 1, "[-1,+1]")]
    [InlineData(-130, -11, "[-130,-11]")]
    public void ToString_SignsPositiveOffsets_AndParseReadsItBack(int start, int end, string text)
    {
        var w = new EventWindow(start, end);
        Assert.Equal(text, w.ToString());
        Assert.Equal(w, EventWindow.Parse(text));
    }

    [Theory]
    [InlineData("0,1")]
    [InlineData("[1,0]")]
    [InlineData("[a,1]")]
    [InlineData("[0;1]")]
    public void Parse_Malformed_ThrowsWithTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => EventWindow.Parse(text));
        Assert.Contains(text, ex.Message);
    }

    [Fact]
    public void ContainsAndOverlaps_IncludeTheEnds()
    {
        var w = new EventWindow(-1, 1);
        Assert.True(w.Contains(-1));
        Assert.True(w.Contains(1));
        Assert.False(w.Contains(2));
        Assert.True(w.Overlaps(new EventWindow(1, 5)));
        Assert.False(w.Overlaps(new EventWindow(2, 5)));
    }

    [Fact]
    public void Defaults_AreTheStudysWindows()
    {
        Assert.Equal(new EventWindow(-130, -11), EventWindow.DefaultEstimation);
        Assert.Equal(["[0,0]", "[0,+1]", "[-1,+1]", "[0,+5]"], EventWindow.DefaultEventWindows.Select(w => w.ToString()));
    }
}
