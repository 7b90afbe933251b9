namespace MinerCapex.EventStudies;

/// <summary>The study's names for its models of normal returns: letters A, B, C as the method writes them, and the enum names.</summary>
public static class EventStudyModels
{
    /// <summary>
    /// Reads a model from a parameter: <c>A</c>, <c>B</c>, <c>C</c> or <c>D</c>, or an <see cref="EventStudyModel"/> name,
    /// in any case.
    /// </summary>
    /// <exception cref="ArgumentException">Neither a letter nor a model name; the message lists both.</exception>
    public static EventStudyModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToUpperInvariant() switch
        {
            "A" => EventStudyModel.MarketModel,
            "B" => EventStudyModel.TwoFactor,
            "C" => EventStudyModel.ConstantMean,
            "D" => EventStudyModel.ThreeFactor,
            _ when Enum.TryParse<EventStudyModel>(text.Trim(), ignoreCase: true, out var model) && Enum.IsDefined(model) => model,
            _ => throw new ArgumentException(
                $"'{text}' is not a model; expected A, B, C or D, or one of {string.Join(", ", Enum.GetNames<EventStudyModel>())}.", nameof(text)),
        };
    }

    /// <summary>The model's letter: A (market), B (market + bitcoin), C (constant mean), D (market + bitcoin + AI basket).</summary>
    public static string Letter(this EventStudyModel model) => model switch
    {
        EventStudyModel.MarketModel => "A",
        EventStudyModel.TwoFactor => "B",
        EventStudyModel.ThreeFactor => "D",
        _ => "C",
    };

    /// <summary>The letter with what the model conditions on, e.g. "B (market + bitcoin)".</summary>
    public static string Describe(this EventStudyModel model) => model switch
    {
        EventStudyModel.MarketModel => "A (market)",
        EventStudyModel.TwoFactor => "B (market + bitcoin)",
        EventStudyModel.ThreeFactor => "D (market + bitcoin + AI basket ⟂ market)",
        _ => "C (constant mean)",
    };
}
