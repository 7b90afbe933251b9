namespace Workbook.Document;

/// <summary>One cell of a notebook: the kernel that runs it and its source text.</summary>
/// <param name="Kernel">Kernel name as the .dib separator resolves it (<c>csharp</c>, <c>markdown</c>, ...), never an alias.</param>
/// <param name="Contents">Source lines joined with <c>\n</c>; leading and trailing empty lines already removed.</param>
public sealed record Cell(string Kernel, string Contents)
{
    /// <summary>True for markdown cells, which are rendered, not executed.</summary>
    public bool IsMarkdown => Kernel == "markdown";
}
