using MinerCapex.Analytics;
using MinerCapex.EventStudies;
using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public class NotebookParametersTests
{
    [Fact]
    public void EventStudy_Defaults_AreTheStudysDefinitionsLeadingWithZeroToOne()
    {
        var settings = NotebookParameters.EventStudy();

        Assert.Equal(new EventWindow(0, 1), settings.Headline);
        Assert.Equal(EventStudyModel.TwoFactor, settings.Options.Model);
        Assert.Equal(new EventWindow(-130, -11), settings.Options.EstimationWindow);
        Assert.Equal(ClusterHandling.OnePerSession, settings.Options.PooledClusters);
        Assert.Equal(EventWindow.DefaultEventWindows, settings.Options.EventWindows);
        Assert.Equal(EventStudySettings.Default.Headline, settings.Headline);
    }

    [Fact]
    public void EventStudy_ReadsEachParameter_AndAddsAnUnusualHeadlineWindow()
    {
        var settings = NotebookParameters.EventStudy("A", "[-200,-21]", 150, "[-2,+3]", "dropclustered");

        Assert.Equal(EventStudyModel.MarketModel, settings.Options.Model);
        Assert.Equal(new EventWindow(-200, -21), settings.Options.EstimationWindow);
        Assert.Equal(150, settings.Options.MinObservations);
        Assert.Equal(ClusterHandling.DropClustered, settings.Options.PooledClusters);
        Assert.Equal(new EventWindow(-2, 3), settings.Headline);
        Assert.Equal([.. EventWindow.DefaultEventWindows, new EventWindow(-2, 3)], settings.Options.EventWindows);
    }

    [Theory]
    [InlineData("Z", "[-130,-11]", "[0,+1]", "OnePerSession", "model")]
    [InlineData("B", "[-130,]", "[0,+1]", "OnePerSession", "estimation")]
    [InlineData("B", "[-130,-11]", "0..1", "OnePerSession", "window")]
    [InlineData("B", "[-130,-11]", "[0,+1]", "OnePerDay", "clusters")]
    [InlineData("B", "[-130,-11]", "[0,+1]", "1", "clusters")]
    public void EventStudy_BadParameter_IsAClearArgumentError(string model, string estimation, string window, string clusters, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => NotebookParameters.EventStudy(model, estimation, 100, window, clusters));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(parameter == "clusters" ? $"'{clusters}' is not a cluster handling" : $"Parameter '{parameter}': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_ReadsYearsAndRanges()
    {
        Assert.Equal([Period.Year(2024), Period.Year(2025)], NotebookParameters.Periods("2024,2025"));
        Assert.Equal(3, NotebookParameters.Periods().Count);
    }
}
