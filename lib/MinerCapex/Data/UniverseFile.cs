using Microsoft.Data.Analysis;
using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/universe.csv</c>: <c>symbol,name,asset_class,group,subgroup,note,listing_note</c>, one row per symbol.
/// </summary>
/// <remarks>
/// Columns are found by header name in any order. <c>asset_class</c>, <c>group</c> and <c>subgroup</c> take the
/// tokens of <see cref="TaxonomyTokens"/>. Every miner has a subgroup and nobody else has one. A symbol appears once.
/// </remarks>
public static class UniverseFile
{
    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["symbol", "name", "asset_class", "group", "subgroup", "note", "listing_note"];

    /// <summary>Reads the members in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static IReadOnlyList<UniverseMember> Read(string path)
    {
        using var sheet = CsvSheet.Open(path, Columns);
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
            members.Add(new UniverseMember(
                symbol, sheet.Text(1), sheet.Token<AssetClass>(2), group, subgroup, sheet.TextOrEmpty(5), sheet.TextOrEmpty(6)));
        }
        if (members.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one symbol after the header line");
        return members;
    }

    /// <summary>Reads the file into a <see cref="DataFrame"/>; see <see cref="CatalogFrames.ToDataFrame(IReadOnlyList{UniverseMember})"/>.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static DataFrame ReadDataFrame(string path) => Read(path).ToDataFrame();
}
