using Workbook.Execution.Output;
using Workbook.Formatting;

namespace Workbook.Execution.Kernel;

/// <summary>
/// A handle on a value shown with <c>display(...)</c> or <c>.Display()</c>, with the same members as
/// .NET Interactive's <c>DisplayedValue</c>: <see cref="Update"/> re-formats a new value with the same MIME
/// types and replaces what the original display shows.
/// </summary>
public sealed class DisplayedValue
{
    private readonly CellOutputSink sink;
    private readonly IReadOnlyList<string> mimeTypes;

    internal DisplayedValue(CellOutputSink sink, IReadOnlyList<string> mimeTypes, IReadOnlyList<FormattedValue> values)
    {
        this.sink = sink;
        this.mimeTypes = mimeTypes;
        FormattedValues = values;
    }

    /// <summary>Identifies the display output this handle updates.</summary>
    public string DisplayId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>What is currently shown.</summary>
    public IReadOnlyList<FormattedValue> FormattedValues { get; private set; }

    /// <summary>Shows <paramref name="updatedValue"/> in place of the current value.</summary>
    public void Update(object? updatedValue)
    {
        FormattedValues = ValueFormatter.Format(updatedValue, mimeTypes);
        sink.Update(DisplayId, FormattedValues);
    }

    internal static DisplayedValue Show(object? value, string[]? mimeTypes)
    {
        var sink = CellContext.Current
            ?? throw new InvalidOperationException("display() can only be called from code a notebook cell runs.");
        IReadOnlyList<string> types = mimeTypes is { Length: > 0 } ? mimeTypes : ValueFormatter.DisplayMimeTypes(value);
        var displayed = new DisplayedValue(sink, types, ValueFormatter.Format(value, types));
        sink.Add(new DisplayOutput(displayed.FormattedValues, displayed.DisplayId, IsReturnValue: false));
        return displayed;
    }
}
