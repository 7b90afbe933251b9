namespace MinerCapex.Refresh;

/// <summary>The kind of a <see cref="CorporateAction"/>.</summary>
public enum CorporateActionKind
{
    /// <summary>A cash dividend; <see cref="CorporateAction.Value"/> is the amount per share.</summary>
    Dividend,

    /// <summary>A split; <see cref="CorporateAction.Value"/> is new shares per old share (2 for a 2:1 split, 0.1 for a 1:10 reverse split).</summary>
    Split,
}

/// <summary>A dividend or split reported by the provider, dated by exchange-local session.</summary>
/// <param name="Date">Ex-date.</param>
/// <param name="Kind">Dividend or split.</param>
/// <param name="Value">Amount per share for a dividend; new shares per old share for a split.</param>
public sealed record CorporateAction(DateOnly Date, CorporateActionKind Kind, double Value)
{
    /// <summary>A short description, e.g. <c>split 1:10 on 2026-01-28</c> or <c>dividend 0.25 on 2026-01-28</c>.</summary>
    public override string ToString() => Kind switch
    {
        CorporateActionKind.Split when Value >= 1 => $"split {Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}:1 on {Date:yyyy-MM-dd}",
        CorporateActionKind.Split => $"split 1:{(1 / Value).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} on {Date:yyyy-MM-dd}",
        _ => $"dividend {Value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} on {Date:yyyy-MM-dd}",
    };
}
