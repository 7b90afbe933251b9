using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Document;

/// <summary>What the engine asks of a cell of upstream's document model.</summary>
public static class DocumentElements
{
    /// <summary>The name markdown cells carry: they are rendered, not executed.</summary>
    public const string Markdown = "markdown";

    /// <summary>True for markdown cells.</summary>
    public static bool IsMarkdown(this InteractiveDocumentElement element) => element.KernelName == Markdown;

    /// <summary>The cell's kernel name; a cell that names none is C#, as upstream's .dib parser reads it.</summary>
    public static string Kernel(this InteractiveDocumentElement element) =>
        string.IsNullOrEmpty(element.KernelName) ? DocumentKernels.Default : element.KernelName;
}
