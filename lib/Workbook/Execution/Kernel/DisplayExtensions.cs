using Workbook.Execution.Kernel;

// In namespace System, as in .NET Interactive, so `x.Display()` works without a using directive.
namespace System;

/// <summary>The <c>Display()</c> extension method notebooks call on any value.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> in the running cell's output; see <see cref="NotebookHelpers.display"/>.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => DisplayedValue.Show(value, mimeTypes);
}
