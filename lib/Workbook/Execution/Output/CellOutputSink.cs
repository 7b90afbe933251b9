using System.Text;

namespace Workbook.Execution.Output;

/// <summary>
/// Collects what one cell produces, in order, from any thread: console text (consecutive writes to the same
/// stream merge into one <see cref="StreamOutput"/>), displays, errors. It stays writable after the cell ends,
/// because a display handle kept in a variable may be updated by a later cell, and a task the cell started may
/// still write; <see cref="Snapshot"/> is taken when the notebook run ends.
/// </summary>
internal sealed class CellOutputSink(ICellListener? listener = null)
{
    private readonly Lock gate = new();
    private readonly List<object> entries = [];

    /// <summary>A line from the front end's standard input for the cell, or null (end of input) when there is none.</summary>
    public string? ReadLine() => listener?.ReadLine();

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (entries.Count > 0 && entries[^1] is StreamBuffer last && last.Name == stream)
            {
                last.Text.Append(text);
            }
            else
            {
                entries.Add(new StreamBuffer(stream, new StringBuilder(text)));
            }
        }
        listener?.Produced(new StreamOutput(stream, text));
    }

    public void Add(CellOutput output)
    {
        lock (gate) entries.Add(output);
        listener?.Produced(output);
    }

    /// <summary>Replaces the values of the display with <paramref name="displayId"/>; false when there is none.</summary>
    public bool Update(string displayId, IReadOnlyList<FormattedValue> values)
    {
        lock (gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is DisplayOutput display && display.DisplayId == displayId)
                {
                    entries[i] = display with { Values = values };
                    listener?.Updated(displayId, values);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>True when an error was added.</summary>
    public bool HasError
    {
        get { lock (gate) return entries.Any(e => e is ErrorOutput); }
    }

    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (gate)
        {
            return [.. entries.Select(e => e is StreamBuffer s ? new StreamOutput(s.Name, s.Text.ToString()) : (CellOutput)e)];
        }
    }

    private sealed record StreamBuffer(string Name, StringBuilder Text);
}
