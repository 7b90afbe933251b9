using System.Text;
using Workbook.Outputs;

namespace Workbook.Execution.Output;

/// <summary>
/// Collects what one cell produces, in order, from any thread: console text (consecutive writes to the same
/// stream merge into one <see cref="StreamOutput"/>), displays, errors. It stays writable after the cell ends,
/// because a display handle kept in a variable may be updated by a later cell, and a task the cell started may
/// still write; <see cref="Snapshot"/> is taken when the notebook run ends.
/// <para>
/// What it keeps is bounded by an <see cref="OutputBudget"/>: text beyond it is cut, displays beyond it are
/// dropped whole, and the snapshot ends with a note saying how much was dropped. Each accepted piece is passed on
/// to the optional forward listener at once (a worker process streams it to its parent).
/// </para>
/// </summary>
internal sealed class CellOutputSink(OutputBudget budget, ICellOutputListener? forward = null) : ICellOutputListener
{
    private readonly Lock gate = new();
    private readonly List<object> entries = [];
    private long used;
    private long droppedCharacters;
    private int droppedOutputs;
    private string? limitHit;

    public CellOutputSink() : this(new OutputBudget(OutputLimits.None))
    {
    }

    /// <summary>Where accepted output goes on to, if anywhere.</summary>
    public ICellOutputListener? Forward => forward;

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            var granted = (int)budget.Grant(ref used, text.Length, out var limit);
            if (granted < text.Length) Drop(text.Length - granted, 0, limit);
            if (granted == 0) return;
            var kept = granted == text.Length ? text : text[..granted];
            if (entries.Count > 0 && entries[^1] is StreamBuffer last && last.Name == stream)
            {
                last.Text.Append(kept);
            }
            else
            {
                entries.Add(new StreamBuffer(stream, new StringBuilder(kept)));
            }
            forward?.Write(stream, kept);
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            var size = SizeOf(output);
            // An error is always kept: it says why the cell failed.
            if (output is not ErrorOutput && budget.Grant(ref used, size, out var limit) < size)
            {
                Drop(size, 1, limit);
                return;
            }
            entries.Add(output);
            forward?.Add(output);
        }
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
                    var growth = values.Sum(v => (long)v.Value.Length) - display.Values.Sum(v => (long)v.Value.Length);
                    if (growth > 0 && budget.Grant(ref used, growth, out var limit) < growth)
                    {
                        Drop(growth, 1, limit);
                        return true;
                    }
                    entries[i] = display with { Values = values };
                    forward?.Update(displayId, values);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Records output dropped before it reached this sink (by a worker process's own sink).</summary>
    public void NoteDropped(long characters, int outputs, string? limit)
    {
        if (characters == 0 && outputs == 0) return;
        lock (gate) Drop(characters, outputs, limit);
    }

    /// <summary>True when an error was added.</summary>
    public bool HasError
    {
        get { lock (gate) return entries.Any(e => e is ErrorOutput); }
    }

    /// <summary>Characters and whole outputs dropped so far, and the limit first reached.</summary>
    public (long Characters, int Outputs, string? Limit) Dropped
    {
        get { lock (gate) return (droppedCharacters, droppedOutputs, limitHit); }
    }

    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (gate)
        {
            List<CellOutput> outputs = [.. entries.Select(e => e is StreamBuffer s ? new StreamOutput(s.Name, s.Text.ToString()) : (CellOutput)e)];
            if (droppedCharacters > 0 || droppedOutputs > 0) outputs.Add(new StreamOutput("stderr", TruncationNote()));
            return outputs;
        }
    }

    private void Drop(long characters, int outputs, string? limit)
    {
        droppedCharacters += characters;
        droppedOutputs += outputs;
        limitHit ??= limit;
    }

    private string TruncationNote() => DroppedOutputNote.Format(droppedCharacters, droppedOutputs, limitHit, "Raise the limit with --max-output.");

    private static long SizeOf(CellOutput output) => output switch
    {
        DisplayOutput display => display.Values.Sum(v => (long)v.Value.Length),
        StreamOutput stream => stream.Text.Length,
        ErrorOutput error => error.Message.Length + error.StackTrace.Sum(f => (long)f.Length),
        _ => 0,
    };

    private sealed record StreamBuffer(string Name, StringBuilder Text);
}
