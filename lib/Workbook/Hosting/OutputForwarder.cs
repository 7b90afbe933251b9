using System.Diagnostics;
using System.Text;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Hosting.Protocol;
using Workbook.Outputs;

namespace Workbook.Hosting;

/// <summary>
/// In the worker: sends one cell's outputs to the parent as they are produced. Console text is sent at once unless
/// the previous send was less than a millisecond ago; then it waits at most a few milliseconds for more, so a loop
/// that prints line by line costs a bounded number of messages, and text written just before a crash has almost
/// always been sent.
/// </summary>
internal sealed class OutputForwarder : ICellOutputListener, IDisposable
{
    private static readonly TimeSpan coalesce = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan linger = TimeSpan.FromMilliseconds(5);
    private const int MaxPending = 64 * 1024;

    private readonly MessageChannel channel;
    private readonly Lock gate = new();
    private readonly StringBuilder pending = new();
    private readonly Timer timer;
    private readonly Stopwatch sinceSend = Stopwatch.StartNew();
    private string? pendingStream;
    private string lastStdoutLine = "";

    public OutputForwarder(MessageChannel channel, int cellId)
    {
        this.channel = channel;
        CellId = cellId;
        timer = new Timer(_ => Flush());
    }

    public int CellId { get; }

    /// <summary>What the cell wrote to stdout since its last line break: the prompt of a <c>ReadLine</c>.</summary>
    public string Prompt
    {
        get { lock (gate) return lastStdoutLine; }
    }

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream != stream) FlushLocked();
            pendingStream = stream;
            pending.Append(text);
            if (stream == "stdout")
            {
                var newline = text.LastIndexOf('\n');
                lastStdoutLine = newline < 0 ? lastStdoutLine + text : text[(newline + 1)..];
                if (lastStdoutLine.Length > 200) lastStdoutLine = lastStdoutLine[^200..];
            }
            if (sinceSend.Elapsed >= coalesce || pending.Length >= MaxPending) FlushLocked();
            else timer.Change(linger, Timeout.InfiniteTimeSpan);
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            FlushLocked();
            channel.Send(output switch
            {
                DisplayOutput { IsReturnValue: true } value => new ReturnValueShown(CellId, value.Values),
                DisplayOutput display => new DisplayShown(CellId, display.Values, display.DisplayId),
                ErrorOutput error => new ErrorRaised(CellId, error),
                StreamOutput text => new StreamWritten(CellId, text.Name, text.Text),
                _ => throw new ArgumentException($"No message carries a {output.GetType().Name}.", nameof(output)),
            });
            sinceSend.Restart();
        }
    }

    public bool Update(string displayId, IReadOnlyList<FormattedValue> values)
    {
        lock (gate)
        {
            FlushLocked();
            channel.Send(new DisplayUpdated(CellId, displayId, values));
            sinceSend.Restart();
            return true;
        }
    }

    /// <summary>Sends any text still waiting.</summary>
    public void Flush()
    {
        lock (gate) FlushLocked();
    }

    public void Dispose() => timer.Dispose();

    private void FlushLocked()
    {
        if (pending.Length == 0 || pendingStream is null) return;
        channel.Send(new StreamWritten(CellId, pendingStream, pending.ToString()));
        pending.Clear();
        sinceSend.Restart();
    }
}
