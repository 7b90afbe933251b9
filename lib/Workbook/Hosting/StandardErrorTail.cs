using System.Text;

namespace Workbook.Hosting;

/// <summary>
/// The end of a worker's standard error, where the runtime reports what ends a process without a managed handler
/// (a stack overflow) or after it (an unhandled exception). Only the last lines are kept: a crash report can repeat
/// a frame hundreds of thousands of times.
/// </summary>
internal sealed class StandardErrorTail
{
    private const int MaxLines = 200;
    private readonly Lock gate = new();
    private readonly Queue<string> lines = new();
    private bool inStackOverflow;

    /// <summary>True once the runtime reported a stack overflow.</summary>
    public bool StackOverflow { get; private set; }

    /// <summary>The first frame of the overflowing stack ("Recurse(Int32)"), when reported.</summary>
    public string? OverflowFrame { get; private set; }

    /// <summary>The runtime's "Unhandled exception. Type: message" line, without its prefix.</summary>
    public string? UnhandledException { get; private set; }

    public void Add(string line)
    {
        lock (gate)
        {
            if (line.StartsWith("Stack overflow.", StringComparison.Ordinal))
            {
                StackOverflow = inStackOverflow = true;
            }
            else if (inStackOverflow && OverflowFrame is null && line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            {
                var frame = line.TrimStart()[3..];
                OverflowFrame = frame.StartsWith("Submission#", StringComparison.Ordinal) && frame.IndexOf('.') is var dot and > 0 ? frame[(dot + 1)..] : frame;
            }
            else if (line.StartsWith("Unhandled exception. ", StringComparison.Ordinal))
            {
                UnhandledException ??= line["Unhandled exception. ".Length..];
            }
            lines.Enqueue(line);
            if (lines.Count > MaxLines) lines.Dequeue();
        }
    }

    public override string ToString()
    {
        lock (gate) return new StringBuilder().AppendJoin('\n', lines).ToString();
    }
}
