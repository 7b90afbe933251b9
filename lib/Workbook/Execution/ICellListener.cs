namespace Workbook.Execution;

/// <summary>
/// Follows a running cell as it produces its outputs, for a front end that shows them live (a Jupyter kernel)
/// rather than reading them when the notebook ends. Called from whatever thread the cell's code runs on.
/// </summary>
public interface ICellListener
{
    /// <summary>
    /// A new output: console text as written (one call per write, not merged), a display, or an error.
    /// </summary>
    void Produced(CellOutput output);

    /// <summary>A display handle's <c>Update</c> replaced what the display with <paramref name="displayId"/> shows.</summary>
    void Updated(string displayId, IReadOnlyList<FormattedValue> values);

    /// <summary>
    /// The cell reads a line from standard input: the front end's answer, or null for end of input when the front
    /// end cannot ask its user.
    /// </summary>
    string? ReadLine();
}
