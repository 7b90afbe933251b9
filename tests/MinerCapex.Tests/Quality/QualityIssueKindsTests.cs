using MinerCapex.Quality;

namespace MinerCapex.Tests.Quality;

public class QualityIssueKindsTests
{
    [Fact]
    public void BarDefects_AreExactlyTheKindsThatMeanABarIsWrong()
    {
        QualityIssue[] expected =
        [
            QualityIssue.DuplicateDate, QualityIssue.UnsortedDate, QualityIssue.NonPositivePrice, QualityIssue.NegativeVolume,
            QualityIssue.HighBelowLow, QualityIssue.HighBelowOpenOrClose, QualityIssue.LowAboveOpenOrClose,
        ];
        Assert.Equal(expected, Enum.GetValues<QualityIssue>().Where(k => k.IsBarDefect()));
    }
}
