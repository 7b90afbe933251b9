namespace Workbook.Outputs;

/// <summary>Something a cell produced, in the order it produced it.</summary>
public abstract record CellOutput;

/// <summary>
/// A displayed value: from <c>display(...)</c>, <c>.Display()</c>, or the cell's trailing expression
/// (<see cref="IsReturnValue"/>). An <c>Update</c> on a display handle replaces the values of the output with
/// the same <see cref="DisplayId"/> in place, as a notebook front end shows it.
/// </summary>
public sealed record DisplayOutput(IReadOnlyList<FormattedValue> Values, string? DisplayId, bool IsReturnValue) : CellOutput
{
    /// <summary>The value for <paramref name="mimeType"/>, or null.</summary>
    public string? Get(string mimeType) => Values.FirstOrDefault(v => v.MimeType == mimeType)?.Value;
}

/// <summary>Text the cell wrote to standard output (<c>stdout</c>) or standard error (<c>stderr</c>).</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>
/// Why a cell failed: a compile error (with <see cref="Line"/>/<see cref="Column"/> inside the cell, 1-based),
/// a runtime exception (its type, message and the stack frames inside the cell), a timeout, or an engine error
/// such as an unknown magic command.
/// </summary>
public sealed record ErrorOutput(string ErrorType, string Message, IReadOnlyList<string> StackTrace, int? Line = null, int? Column = null) : CellOutput;
