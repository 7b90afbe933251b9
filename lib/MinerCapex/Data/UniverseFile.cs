using Microsoft.Data.Analysis;
using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/universe.csv</c>: <c>symbol,name,asset_class,group,subgroup,note,listing_note</c>, one row per symbol,
/// and when present <c>ai_pivot_since,ai_pivot_event</c>.
/// </summary>
/// <remarks>
/// Columns are found by header name in any order. <c>asset_class</c>, <c>group</c> and <c>subgroup</c> take the
/// tokens of <see cref="TaxonomyTokens"/>. Every miner has a subgroup and nobody else has one. A symbol appears once.
/// When the file has the dating columns, a miner is <c>ai_pivot</c> exactly when it has an <c>ai_pivot_since</c>
/// date, which comes with the <c>ai_pivot_event</c> id of the catalog row it was read from; other rows leave both
/// empty. (<see cref="MinerCapex.Panel.MarketData.Load"/> checks the id against <c>events.csv</c>.)
/// </remarks>
public static class UniverseFile
{
    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["symbol", "name", "asset_class", "group", "subgroup", "note", "listing_note"];

    /// <summary>Columns read when present: the dated sub-group membership.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["ai_pivot_since", "ai_pivot_event"];

    /// <summary>Reads the members in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static IReadOnlyList<UniverseMember> Read(string path)
    {
        using var sheet = CsvSheet.Open(path, Columns, OptionalColumns);
        var dated = sheet.Has(7);
        var members = new List<UniverseMember>();
        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (sheet.Next())
        {
            var symbol = sheet.Text(0);
            if (!lineOf.TryAdd(symbol, sheet.Line))
                throw sheet.Error(0, $"a symbol not listed before (already on line {lineOf[symbol]})");
            var group = sheet.Token<SymbolGroup>(3);
            var subgroup = sheet.TokenOrNull<MinerSubgroup>(4);
            if (group == SymbolGroup.Miner && subgroup is null)
                throw sheet.Error(4, $"a miner subgroup ({string.Join(" or ", TaxonomyTokens.All<MinerSubgroup>())}) for a miner");
            if (group != SymbolGroup.Miner && subgroup is not null)
                throw sheet.Error(4, $"an empty subgroup: only miners have one, and {symbol} is in group '{group.ToToken()}'");
            var since = dated ? sheet.DateOrNull(7) : null;
            var pivotEvent = dated ? sheet.TextOrNull(8) : null;
            if (dated) CheckDating(sheet, subgroup, since, pivotEvent);
            members.Add(new UniverseMember(
                symbol, sheet.Text(1), sheet.Token<AssetClass>(2), group, subgroup, sheet.TextOrEmpty(5), sheet.TextOrEmpty(6))
            { AiPivotSince = since, AiPivotEvent = pivotEvent });
        }
        if (members.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one symbol after the header line");
        return members;
    }

    // The end-of-data sub-group and the dated one must tell the same story, so that neither can drift from the other.
    private static void CheckDating(CsvSheet sheet, MinerSubgroup? subgroup, DateOnly? since, string? pivotEvent)
    {
        if (subgroup == MinerSubgroup.AiPivot && since is null)
            throw sheet.Error(7, "the date of the first signed AI/HPC contract for an ai_pivot miner");
        if (subgroup != MinerSubgroup.AiPivot && since is not null)
            throw sheet.Error(7, $"an empty date: only ai_pivot miners have one, and this row's subgroup is '{subgroup?.ToToken() ?? ""}'");
        if ((since is null) != (pivotEvent is null))
            throw sheet.Error(8, since is null ? "an empty event id, as ai_pivot_since is empty" : "the events.csv id of the contract dated in ai_pivot_since");
    }

    /// <summary>Reads the file into a <see cref="DataFrame"/>; see <see cref="CatalogFrames.ToDataFrame(IReadOnlyList{UniverseMember})"/>.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static DataFrame ReadDataFrame(string path) => Read(path).ToDataFrame();
}
