namespace MinerCapex.Data;

/// <summary>What kind of instrument a symbol is (<c>asset_class</c> in universe.csv).</summary>
public enum AssetClass
{
    /// <summary>A listed stock (<c>equity</c>).</summary>
    Equity,
    /// <summary>An exchange-traded fund (<c>etf</c>).</summary>
    Etf,
    /// <summary>A crypto asset quoted every calendar day (<c>crypto</c>).</summary>
    Crypto,
}

/// <summary>The study's grouping of the universe (<c>group</c> in universe.csv).</summary>
public enum SymbolGroup
{
    /// <summary>Listed bitcoin miners: the members of the miner index (<c>miner</c>).</summary>
    Miner,
    /// <summary>Crypto-treasury companies, e.g. BMNR, an ether treasury (<c>treasury</c>).</summary>
    Treasury,
    /// <summary>AI neoclouds such as NBIS and CRWV (<c>neocloud</c>).</summary>
    Neocloud,
    /// <summary>Hyperscalers and the AI bellwether: the AI capex basket (<c>hyperscaler</c>).</summary>
    Hyperscaler,
    /// <summary>Index and sector ETFs (<c>benchmark</c>).</summary>
    Benchmark,
    /// <summary>Crypto assets (<c>crypto</c>).</summary>
    Crypto,
}

/// <summary>Miner sub-group (<c>subgroup</c> in universe.csv); only miners have one.</summary>
public enum MinerSubgroup
{
    /// <summary>Signed AI/HPC hosting or cloud contracts by 2025 (<c>ai_pivot</c>).</summary>
    AiPivot,
    /// <summary>Still mostly self-mining bitcoin (<c>btc_centric</c>).</summary>
    BtcCentric,
}

/// <summary>Category of a news event (<c>category</c> in events.csv).</summary>
public enum EventCategory
{
    /// <summary>AI capital-expenditure news: plans, guidance, deals between AI firms (<c>ai_capex</c>).</summary>
    AiCapex,
    /// <summary>Debt or structured financing of AI build-outs (<c>ai_financing</c>).</summary>
    AiFinancing,
    /// <summary>A miner signs an AI/HPC hosting, lease or cloud deal (<c>miner_ai_deal</c>).</summary>
    MinerAiDeal,
    /// <summary>Bitcoin's own news: halving, ETFs, records, crashes (<c>btc</c>).</summary>
    Btc,
    /// <summary>Macro shocks: rates, tariffs (<c>macro</c>).</summary>
    Macro,
}

/// <summary>When the news came out relative to the US session on its date (<c>timing</c> in events.csv).</summary>
public enum EventTiming
{
    /// <summary><c>pre-market</c></summary>
    PreMarket,
    /// <summary><c>intraday</c></summary>
    Intraday,
    /// <summary><c>after-close</c></summary>
    AfterClose,
    /// <summary><c>weekend</c> (or a market holiday)</summary>
    Weekend,
    /// <summary><c>unknown</c></summary>
    Unknown,
}

/// <summary>What a capex.csv figure measures (<c>kind</c>).</summary>
public enum CapexKind
{
    /// <summary>Announced or guided capital expenditure (<c>capex_plan</c>).</summary>
    CapexPlan,
    /// <summary>A bond sale (<c>bond</c>).</summary>
    Bond,
    /// <summary>A compute or supply contract (<c>contract</c>).</summary>
    Contract,
    /// <summary>A data-center lease (<c>lease</c>).</summary>
    Lease,
    /// <summary>Power or IT capacity held or planned (<c>capacity</c>).</summary>
    Capacity,
    /// <summary>Capital expenditure actually spent over a period, as reported after it ended (<c>capex_actual</c>).</summary>
    CapexActual,
}

/// <summary>
/// How a catalog row came to be in the catalog (<c>found_by</c>). A row found by screening the prices for large moves
/// was chosen because of the very return an event study would test, so pooled tests leave such rows out; they stay in
/// the catalog as dated facts (a contract date, a listing's first day).
/// </summary>
public enum EventDiscovery
{
    /// <summary>Read from the news research, whatever the prices did (<c>research</c>).</summary>
    Research,
    /// <summary>Looked for because a price moved a lot that day (<c>move_screen</c>).</summary>
    MoveScreen,
}

/// <summary>
/// What makes a catalog row an event (<c>defined_by</c>): a piece of news with a time stamp, or a price move that the
/// press reported as the event (a record, a crash, a liquidation). A price-defined row is selected on the very
/// variable an event study measures, so tests that need exogenous news can leave such rows out.
/// </summary>
public enum EventDefinition
{
    /// <summary>An announcement, decision or report (<c>news</c>).</summary>
    News,
    /// <summary>A move of the price itself (<c>price</c>).</summary>
    Price,
}
