using System.Globalization;

namespace Workbook.Rendering;

/// <summary>
/// Hands out element ids that are unique across one report: a wanted id that is already taken gets "-1", "-2"...
/// appended, in document order, so the same notebook always gets the same ids.
/// </summary>
internal sealed class Slugger
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Marks ids used by the page itself (cell anchors, the header) so headings never take them.</summary>
    public void Reserve(string id) => _taken.Add(id);

    /// <summary>The wanted id if free, else the first free "wanted-N"; an empty wanted id becomes "section".</summary>
    public string Unique(string wanted)
    {
        var id = string.IsNullOrWhiteSpace(wanted) ? "section" : wanted;
        if (_taken.Add(id))
            return id;
        for (var n = 1; ; n++)
        {
            var candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
                return candidate;
        }
    }
}
