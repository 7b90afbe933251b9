namespace Workbook.Rendering;

/// <summary>A markdown heading as the table of contents lists it.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>...</param>
/// <param name="Text">The heading's text without markup.</param>
/// <param name="Id">The heading element's id (the link target).</param>
internal sealed record TocEntry(int Level, string Text, string Id);
