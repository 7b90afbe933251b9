using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Execution.Output;

namespace Workbook.Execution.Kernel;

/// <summary>
/// The helpers a C# cell can call bare (the engine imports this class statically, as .NET Interactive imports
/// <c>Microsoft.DotNet.Interactive.Kernel</c>). Names and shapes follow .NET Interactive so a notebook runs the
/// same in VS Code. <c>x.Display()</c> and <see cref="DisplayedValue.Update"/> come from the Formatting library
/// itself; <see cref="DisplayRouting"/> sends what they raise to the running cell.
/// </summary>
public static class NotebookHelpers
{
    /// <summary>Shows <paramref name="value"/> in the cell's output, in <paramref name="mimeTypes"/> or the type's preferred MIME types.</summary>
#pragma warning disable IDE1006 // lower-case to match .NET Interactive's global helper
    public static DisplayedValue display(object? value, params string[] mimeTypes) => DisplayRouting.Show(value, mimeTypes);
#pragma warning restore IDE1006

    /// <summary>Marks <paramref name="content"/> as HTML, so displaying it writes it unencoded.</summary>
    public static IHtmlContent HTML(string content) => content.ToHtmlContent();
}
