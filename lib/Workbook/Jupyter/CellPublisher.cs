using System.Text;
using System.Text.Json.Nodes;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Outputs;

namespace Workbook.Jupyter;

/// <summary>
/// Publishes one execute request's outputs on iopub as the cell produces them: console text as <c>stream</c>
/// (writes that follow each other within a few milliseconds go out as one message, so a loop of
/// <c>Console.Write</c> is not a message per character), displays as <c>display_data</c> with their display id,
/// updates as <c>update_display_data</c>, the trailing value as <c>execute_result</c>, failures as <c>error</c>.
/// A silent request publishes nothing.
/// </summary>
internal sealed class CellPublisher(Action<string, JsonObject> publish, int executionCount, bool silent) : ICellOutputListener
{
    private static readonly TimeSpan streamDelay = TimeSpan.FromMilliseconds(20);

    private readonly Lock gate = new();
    private readonly StringBuilder pending = new();
    private string? pendingStream;
    private bool flushScheduled;

    /// <summary>The first error the cell reported, for the execute reply.</summary>
    public ErrorOutput? FirstError { get; private set; }

    /// <summary>The cell's trailing value as text, for the history, or null.</summary>
    public string? ResultText { get; private set; }

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream is not null && pendingStream != stream) Flush();
            pendingStream = stream;
            pending.Append(text);
            if (!flushScheduled)
            {
                flushScheduled = true;
                _ = Task.Delay(streamDelay).ContinueWith(_ => { lock (gate) Flush(); }, TaskScheduler.Default);
            }
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            Flush();
            switch (output)
            {
                case ErrorOutput error:
                    FirstError ??= error;
                    Send("error", new JsonObject
                    {
                        ["ename"] = error.ErrorType,
                        ["evalue"] = error.Message,
                        ["traceback"] = MessageData.Traceback(error),
                    });
                    break;
                case DisplayOutput { IsReturnValue: true } result:
                    ResultText = result.Get("text/plain");
                    Send("execute_result", new JsonObject
                    {
                        ["execution_count"] = executionCount,
                        ["data"] = MessageData.MimeBundle(result),
                        ["metadata"] = new JsonObject(),
                    });
                    break;
                case DisplayOutput display:
                    Send("display_data", Display(MessageData.MimeBundle(display), display.DisplayId));
                    break;
            }
        }
    }

    public bool Update(string displayId, IReadOnlyList<FormattedValue> values)
    {
        lock (gate)
        {
            Flush();
            var data = MessageData.MimeBundle(new DisplayOutput(values, displayId, IsReturnValue: false));
            Send("update_display_data", Display(data, displayId));
            return true;
        }
    }

    /// <summary>Sends console text still waiting: before the cell asks for input, and when it ends.</summary>
    public void Complete()
    {
        lock (gate) Flush();
    }

    private static JsonObject Display(JsonObject data, string? displayId)
    {
        var content = new JsonObject { ["data"] = data, ["metadata"] = new JsonObject() };
        content["transient"] = displayId is null ? new JsonObject() : new JsonObject { ["display_id"] = displayId };
        return content;
    }

    private void Flush()
    {
        flushScheduled = false;
        if (pendingStream is null || pending.Length == 0) return;
        Send("stream", new JsonObject { ["name"] = pendingStream, ["text"] = pending.ToString() });
        pending.Clear();
        pendingStream = null;
    }

    private void Send(string type, JsonObject content)
    {
        if (!silent) publish(type, content);
    }
}
