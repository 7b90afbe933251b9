namespace Workbook.Rendering;

/// <summary>
/// Report options written at the top of a code cell as <c>//| key: value</c> comment lines (the form Quarto uses
/// with <c>#|</c>): <c>label</c> (an id such as <c>fig-rolling</c> or <c>tbl-betas</c> that prose can cite as
/// <c>@fig-rolling</c>), <c>fig-cap</c>/<c>tbl-cap</c> (the caption of the cell's first chart or table) and
/// <c>fig-alt</c> (its alt text). They are C# comments, so the cell runs unchanged in any kernel.
/// </summary>
internal sealed class CellOptions
{
    private readonly Dictionary<string, string> _values;

    private CellOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>No options.</summary>
    public static CellOptions None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The options of a cell's source: the <c>//|</c> lines before its first other line.</summary>
    public static CellOptions Parse(string source)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (!line.StartsWith("//|", StringComparison.Ordinal))
                break;
            var colon = line.IndexOf(':', 3);
            if (colon < 0)
                continue;
            var key = line[3..colon].Trim();
            if (key.Length > 0)
                values[key] = line[(colon + 1)..].Trim();
        }
        return values.Count == 0 ? None : new CellOptions(values);
    }

    /// <summary>The value of <paramref name="key"/>, or null when the cell does not set it.</summary>
    public string? this[string key] => _values.GetValueOrDefault(key) is { Length: > 0 } value ? value : null;
}
