using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

public class EventStudyModelsTests
{
    [Theory]
    [InlineData("A", EventStudyModel.MarketModel)]
    [InlineData("b", EventStudyModel.TwoFactor)]
    [InlineData(" C ", EventStudyModel.ConstantMean)]
    [InlineData("MarketModel", EventStudyModel.MarketModel)]
    [InlineData("twofactor", EventStudyModel.TwoFactor)]
    public void A_model_is_read_from_its_letter_or_its_name(string text, EventStudyModel expected) =>
        Assert.Equal(expected, EventStudyModels.Parse(text));

    [Fact]
    public void An_unknown_model_says_what_is_expected()
    {
        var error = Assert.Throws<ArgumentException>(() => EventStudyModels.Parse("E"));
        Assert.StartsWith("'E' is not a model; expected A, B, C or D, or one of MarketModel, TwoFactor, ConstantMean, ThreeFactor.", error.Message, StringComparison.Ordinal);
        Assert.Equal(EventStudyModel.ThreeFactor, EventStudyModels.Parse("d"));
        Assert.Throws<ArgumentException>(() => EventStudyModels.Parse("7"));
    }

    [Fact]
    public void Letters_and_descriptions_round_trip() => Assert.All(Enum.GetValues<EventStudyModel>(), m =>
    {
        Assert.Equal(m, EventStudyModels.Parse(m.Letter()));
        Assert.StartsWith(m.Letter() + " (", m.Describe(), StringComparison.Ordinal);
    });
}
