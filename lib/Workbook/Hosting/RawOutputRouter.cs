using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Workbook.Execution;
using Workbook.Execution.Output;

namespace Workbook.Hosting;

/// <summary>
/// What a worker writes to its standard output and error file descriptors themselves, past <see cref="Console.Out"/>:
/// raw stream writes (<c>Console.OpenStandardOutput()</c>) and everything a child process it starts prints
/// (<c>git log</c>), which inherits them. The parent reads both pipes and hands the text to the cell running, so it
/// is kept like the cell's console text, up to the per-cell limit; standard error's lines also still reach the
/// crash description (<see cref="StandardErrorTail"/>).
/// </summary>
/// <remarks>
/// The pipes and the message socket are separate channels, so the worker writes an end marker of each cell to both
/// pipes before it reports the cell finished (<see cref="WriteEndMarkers"/>); the parent waits for the markers
/// (<see cref="ReachedAsync"/>), so a cell's raw output is in it before its outputs are taken.
/// </remarks>
internal sealed class RawOutputRouter(long perCellLimit, Action<string> standardErrorLine)
{
    private const char Separator = '\u001e';
    private const string MarkerPrefix = "workbook-cell-end:";

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<(string Stream, int Cell), TaskCompletionSource> markers = new();
    private readonly ConcurrentBag<string> closedStreams = [];
    private ICellOutputListener? target;
    private long used;
    private long dropped;

    /// <summary>From now on raw output belongs to the cell writing into <paramref name="listener"/>.</summary>
    public void Begin(ICellOutputListener listener)
    {
        lock (gate)
        {
            target = listener;
            used = 0;
            dropped = 0;
        }
    }

    /// <summary>Completes once both pipes carried cell <paramref name="cellId"/>'s end marker, or the process ended.</summary>
    public Task ReachedAsync(int cellId) => Task.WhenAll(Marker("stdout", cellId).Task, Marker("stderr", cellId).Task);

    /// <summary>The note for raw output the per-cell limit dropped since <see cref="Begin"/>, once; null when none was.</summary>
    public string? TakeDroppedNote()
    {
        lock (gate)
        {
            if (dropped == 0) return null;
            var note = DroppedOutputNote.Format(dropped, 0, $"per-cell limit of {OutputLimits.Describe(perCellLimit)} for output written past Console (raw streams, child processes)", null);
            dropped = 0;
            return note;
        }
    }

    /// <summary>Reads one pipe to its end.</summary>
    public async Task PumpAsync(StreamReader reader, string stream)
    {
        var buffer = new char[8192];
        var carry = new StringBuilder();
        var line = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            carry.Append(buffer, 0, read);
            Route(carry, stream, line);
        }
        if (carry.Length > 0) Forward(stream, carry.ToString(), line);
        if (line.Length > 0 && stream == "stderr") standardErrorLine(line.ToString());
        // The process is gone: nobody waits for a marker that will never come.
        closedStreams.Add(stream);
        foreach (var (key, waiting) in markers)
        {
            if (key.Stream == stream) waiting.TrySetResult();
        }
    }

    /// <summary>In the worker: writes cell <paramref name="cellId"/>'s end marker to both file descriptors.</summary>
    public static void WriteEndMarkers(int cellId)
    {
        var marker = Encoding.UTF8.GetBytes($"{Separator}{MarkerPrefix}{cellId.ToString(CultureInfo.InvariantCulture)}{Separator}");
        foreach (var open in new Func<Stream>[] { Console.OpenStandardOutput, Console.OpenStandardError })
        {
            using var stream = open();
            stream.Write(marker);
            stream.Flush();
        }
    }

    private TaskCompletionSource Marker(string stream, int cellId)
    {
        var waiting = markers.GetOrAdd((stream, cellId), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (closedStreams.Contains(stream)) waiting.TrySetResult();
        return waiting;
    }

    // Forwards text up to a possible marker; keeps an unfinished marker in the carry for the next read.
    private void Route(StringBuilder carry, string stream, StringBuilder line)
    {
        var text = carry.ToString();
        carry.Clear();
        var at = 0;
        while (true)
        {
            var open = text.IndexOf(Separator, at);
            if (open < 0)
            {
                Forward(stream, text[at..], line);
                return;
            }
            Forward(stream, text[at..open], line);
            var close = text.IndexOf(Separator, open + 1);
            if (close < 0)
            {
                // The marker may continue in the next read; a stray separator with a long tail is plain text.
                if (text.Length - open <= MarkerPrefix.Length + 12) carry.Append(text, open, text.Length - open);
                else Forward(stream, text[open..], line);
                return;
            }
            var body = text[(open + 1)..close];
            if (body.StartsWith(MarkerPrefix, StringComparison.Ordinal)
                && int.TryParse(body.AsSpan(MarkerPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var cellId))
            {
                Marker(stream, cellId).TrySetResult();
                at = close + 1;
            }
            else
            {
                Forward(stream, text[open..close], line);
                at = close;
            }
        }
    }

    private void Forward(string stream, string text, StringBuilder line)
    {
        if (text.Length == 0) return;
        if (stream == "stderr") Lines(text, line);
        ICellOutputListener? to;
        string kept;
        lock (gate)
        {
            to = target;
            if (to is null) return;
            var room = Math.Max(0, perCellLimit - used);
            kept = text.Length <= room ? text : text[..(int)room];
            used += kept.Length;
            dropped += text.Length - kept.Length;
        }
        if (kept.Length > 0) to.Write(stream, kept);
    }

    private void Lines(string text, StringBuilder line)
    {
        foreach (var c in text)
        {
            if (c == '\n')
            {
                standardErrorLine(line.ToString().TrimEnd('\r'));
                line.Clear();
            }
            else if (line.Length < 4096)
            {
                line.Append(c);
            }
        }
    }
}
