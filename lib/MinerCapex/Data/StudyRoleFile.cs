using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/study.csv</c>: <c>role,value,note</c>. Event roles (<c>seed_event</c>, <c>mixed_news_event</c>) name an
/// <c>events.csv</c> id and may repeat; symbol roles (<c>bitcoin</c>, <c>market</c>, <c>ether</c>, <c>miner_fund</c>) name
/// a symbol with a price file and appear exactly once.
/// </summary>
public static class StudyRoleFile
{
    /// <summary>The file's name inside the data folder.</summary>
    public const string FileName = "study.csv";

    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["role", "value", "note"];

    private static readonly (string Token, StudyRole Role)[] Tokens =
    [
        ("seed_event", StudyRole.SeedEvent), ("mixed_news_event", StudyRole.MixedNewsEvent), ("bitcoin", StudyRole.Bitcoin),
        ("market", StudyRole.Market), ("ether", StudyRole.Ether), ("miner_fund", StudyRole.MinerFund),
    ];

    /// <summary>The token of <paramref name="role"/> as the file writes it.</summary>
    public static string Token(StudyRole role) => Tokens.Single(t => t.Role == role).Token;

    /// <summary>Reads and checks the file against the catalog's event ids and the symbols with a price file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="eventIds">Every id of <c>events.csv</c>.</param>
    /// <param name="symbols">Every symbol with a price file.</param>
    /// <exception cref="DataFormatException">An unknown role, an unknown event or symbol, a repeated row, or a symbol role missing or given twice.</exception>
    public static StudyRoles Read(string path, IReadOnlyCollection<string> eventIds, IReadOnlyCollection<string> symbols)
    {
        using var sheet = CsvSheet.Open(path, Columns);
        var events = new Dictionary<StudyRole, List<string>> { [StudyRole.SeedEvent] = [], [StudyRole.MixedNewsEvent] = [] };
        var single = new Dictionary<StudyRole, (string Value, int Line)>();
        while (sheet.Next())
        {
            var token = sheet.Text(0);
            var match = Array.FindIndex(Tokens, t => t.Token == token);
            if (match < 0) throw sheet.Error(0, $"a role: one of {string.Join(", ", Tokens.Select(t => t.Token))}");
            var role = Tokens[match].Role;
            var value = sheet.Text(1);
            if (events.TryGetValue(role, out var ids))
            {
                if (!eventIds.Contains(value)) throw sheet.Error(1, "the id of an event in events.csv");
                if (ids.Contains(value)) throw sheet.Error(1, $"an event not named as {token} on an earlier line");
                ids.Add(value);
                continue;
            }
            if (!symbols.Contains(value, StringComparer.OrdinalIgnoreCase)) throw sheet.Error(1, "a symbol with a price file in prices/");
            if (single.TryGetValue(role, out var earlier)) throw sheet.Error(0, $"a role given once ({token} is already on line {earlier.Line})");
            single[role] = (value, sheet.Line);
        }
        var missing = Tokens.Where(t => !events.ContainsKey(t.Role) && !single.ContainsKey(t.Role)).Select(t => t.Token).ToList();
        if (missing.Count > 0)
            throw new DataFormatException(path, sheet.Line + 1, 1, "", $"a row for each symbol role; missing: {string.Join(", ", missing)}");
        return new StudyRoles(events[StudyRole.SeedEvent], events[StudyRole.MixedNewsEvent], single[StudyRole.Bitcoin].Value,
            single[StudyRole.Market].Value, single[StudyRole.Ether].Value, single[StudyRole.MinerFund].Value);
    }
}
