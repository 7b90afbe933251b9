using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>
/// Document in, document out: a run as upstream's document model, each code cell carrying its outputs and
/// execution order, ready for any upstream writer (<see cref="NotebookFile.Save"/> writes it as an .ipynb).
/// </summary>
public static class ExecutedDocument
{
    /// <summary>
    /// A new document with the run's cells and metadata: code cells that ran are numbered 1, 2, ... and carry
    /// their outputs; a displayed return value becomes a <see cref="ReturnValueElement"/>, other displays a
    /// <see cref="DisplayElement"/>, console text a <see cref="TextElement"/> and failures an
    /// <see cref="ErrorElement"/>. Markdown cells carry nothing (their rendering belongs to the report), nor do
    /// cells that did not run.
    /// </summary>
    public static InteractiveDocument Create(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var executionCount = 0;
        var cells = new List<InteractiveDocumentElement>(run.Cells.Count);
        foreach (var result in run.Cells)
        {
            var cell = result.Cell;
            var ran = !cell.IsMarkdown() && result.Status != CellStatus.Skipped;
            var count = ran ? ++executionCount : 0;
            var outputs = ran ? result.Outputs.Select(o => Element(o, count)) : [];
            cells.Add(new InteractiveDocumentElement(cell.Contents, cell.KernelName, outputs)
            {
                Id = cell.Id,
                ExecutionOrder = count,
                Metadata = cell.Metadata,
            });
        }
        var document = new InteractiveDocument(cells);
        foreach (var (key, value) in run.Document.Metadata)
            document.Metadata[key] = value;
        return document;
    }

    private static InteractiveDocumentOutputElement Element(CellOutput output, int executionCount) => output switch
    {
        DisplayOutput { IsReturnValue: true } display => ReturnValue(display, executionCount),
        DisplayOutput display => new DisplayElement(WithData(new Dictionary<string, object>(), display)),
        StreamOutput stream => new TextElement(stream.Text, stream.Name),
        // Jupyter front ends (JupyterLab, GitHub) show only the traceback, so it opens with the
        // "Type: message" line, as IPython's tracebacks do.
        ErrorOutput error => new ErrorElement(error.Message, error.ErrorType, [$"{error.ErrorType}: {error.Message}", .. error.StackTrace]),
        _ => throw new ArgumentException($"Unknown output type {output.GetType().Name}.", nameof(output)),
    };

    private static ReturnValueElement ReturnValue(DisplayOutput display, int executionCount)
    {
        var element = new ReturnValueElement { ExecutionOrder = executionCount };
        WithData(element.Data, display);
        return element;
    }

    // A MIME type given twice keeps its last value, as a front end would show it.
    private static IDictionary<string, object> WithData(IDictionary<string, object> data, DisplayOutput display)
    {
        foreach (var value in display.Values)
            data[value.MimeType] = value.Value;
        return data;
    }
}
