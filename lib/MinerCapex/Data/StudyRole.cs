namespace MinerCapex.Data;

/// <summary>What a row of <c>data/study.csv</c> names: the study's choices of events and symbols, kept as data rather than in code.</summary>
public enum StudyRole
{
    /// <summary><c>seed_event</c>: an event examined one by one in the event study (its id in <c>events.csv</c>).</summary>
    SeedEvent,

    /// <summary><c>mixed_news_event</c>: an event whose first named firm announced good and bad news on one day.</summary>
    MixedNewsEvent,

    /// <summary><c>bitcoin</c>: the symbol of the bitcoin factor.</summary>
    Bitcoin,

    /// <summary><c>market</c>: the symbol of the market factor.</summary>
    Market,

    /// <summary><c>ether</c>: the symbol of the ether factor (for the ether-treasury company).</summary>
    Ether,

    /// <summary><c>miner_fund</c>: the listed fund of miners that checks the workbook's own miner index.</summary>
    MinerFund,
}
