namespace Workbook.Tests.Rendering.Browser;

public sealed class ChromiumSkipTests
{
    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void BrowserTests_AreSkippedOnlyWithoutChromiumOutsideCi(bool installed, bool ci, bool skipped) =>
        Assert.Equal(skipped, Chromium.SkipReasonFor(installed, ci) is not null);
}
