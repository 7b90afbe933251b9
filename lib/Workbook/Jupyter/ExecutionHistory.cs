using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workbook.Jupyter;

/// <summary>
/// The cells this kernel ran with <c>store_history</c>, for <c>history_request</c>: the last n (<c>tail</c>), a
/// range of execution counts (<c>range</c>), or those matching a glob (<c>search</c>). One kernel process is one
/// history session; nothing is kept on disk.
/// </summary>
internal sealed class ExecutionHistory
{
    private const int Session = 1;

    private readonly Lock gate = new();
    private readonly List<(int Line, string Code, string? Result)> entries = [];

    public void Add(int line, string code, string? result)
    {
        lock (gate) entries.Add((line, code, result));
    }

    /// <summary>The reply's <c>history</c> list for a request's content.</summary>
    public JsonArray Answer(JsonObject request)
    {
        var output = MessageFields.Flag(request, "output", false);
        var n = MessageFields.Number(request, "n", 0);
        List<(int Line, string Code, string? Result)> chosen;
        lock (gate)
        {
            chosen = MessageFields.Text(request, "hist_access_type", "tail") switch
            {
                "tail" => [.. entries.TakeLast(n ?? entries.Count)],
                "range" => Range(request),
                "search" => Search(request, n),
                _ => [],
            };
        }
        return new JsonArray([.. chosen.Select(e => (JsonNode?)new JsonArray(
            Session,
            e.Line,
            output ? new JsonArray(e.Code, e.Result) : JsonValue.Create(e.Code)))]);
    }

    private List<(int Line, string Code, string? Result)> Range(JsonObject request)
    {
        var session = MessageFields.Number(request, "session") ?? Session;
        if (session != Session && session != 0) return [];
        var start = MessageFields.Number(request, "start") ?? 1;
        var stop = MessageFields.Number(request, "stop") ?? int.MaxValue;
        return [.. entries.Where(e => e.Line >= start && e.Line < stop)];
    }

    private List<(int Line, string Code, string? Result)> Search(JsonObject request, int? n)
    {
        var glob = MessageFields.Text(request, "pattern", "*");
        var pattern = new Regex("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline | RegexOptions.NonBacktracking);
        IEnumerable<(int Line, string Code, string? Result)> found = entries.Where(e => pattern.IsMatch(e.Code));
        if (MessageFields.Flag(request, "unique", false))
            found = found.Reverse().DistinctBy(e => e.Code).Reverse();
        return [.. n is { } last ? found.TakeLast(last) : found];
    }
}
