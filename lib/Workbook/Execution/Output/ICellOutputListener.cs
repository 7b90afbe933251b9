using Workbook.Outputs;

namespace Workbook.Execution.Output;

/// <summary>
/// Receives a cell's outputs as they are produced: console text, displays (return values and errors included) and
/// updates of an earlier display. A notebook run collects them; a worker process forwards them to its parent; a
/// kernel publishes them to its front end.
/// </summary>
public interface ICellOutputListener
{
    /// <summary>Text written to <paramref name="stream"/> (<c>stdout</c> or <c>stderr</c>).</summary>
    void Write(string stream, string text);

    /// <summary>A display, a return value or an error.</summary>
    void Add(CellOutput output);

    /// <summary>New values for the display with <paramref name="displayId"/>; false when it is not known here.</summary>
    bool Update(string displayId, IReadOnlyList<FormattedValue> values);
}
