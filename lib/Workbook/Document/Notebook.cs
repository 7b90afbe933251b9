using System.Text.Json.Nodes;

namespace Workbook.Document;

/// <summary>
/// A notebook as the .dib and .ipynb formats both describe it: ordered cells plus document metadata.
/// </summary>
/// <param name="Cells">The cells in document order.</param>
/// <param name="Metadata">The <c>#!meta</c> JSON object (kernelInfo and any other keys), or null when the file has none.</param>
public sealed record Notebook(IReadOnlyList<Cell> Cells, JsonObject? Metadata = null);
