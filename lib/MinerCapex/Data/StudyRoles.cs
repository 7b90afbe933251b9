namespace MinerCapex.Data;

/// <summary>
/// The rows of <c>data/study.csv</c> by role: which catalog events the event study examines one by one, and which
/// symbols stand for bitcoin, the market, ether and the listed miner fund. The readouts take these from the data, so a
/// researcher changes the study's seeds or factors in one file, not in code.
/// </summary>
/// <param name="SeedEvents">Ids of the seed events, in file order.</param>
/// <param name="MixedNewsEvents">Ids of the events that carried good and bad news for their first named firm.</param>
/// <param name="Bitcoin">Symbol of the bitcoin factor.</param>
/// <param name="Market">Symbol of the market factor.</param>
/// <param name="Ether">Symbol of the ether factor.</param>
/// <param name="MinerFund">Symbol of the listed miner fund.</param>
public sealed record StudyRoles(
    IReadOnlyList<string> SeedEvents,
    IReadOnlyList<string> MixedNewsEvents,
    string Bitcoin,
    string Market,
    string Ether,
    string MinerFund);
