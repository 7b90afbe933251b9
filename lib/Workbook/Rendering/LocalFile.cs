namespace Workbook.Rendering;

/// <summary>
/// A file a notebook's markdown points at (an image beside it), as whoever read the disk found it: its size, and its
/// bytes when asked for. Rendering reads no file itself.
/// </summary>
/// <param name="Length">The size in bytes.</param>
/// <param name="Read">Reads the content (called only for a file the report inlines).</param>
internal sealed record LocalFile(long Length, Func<byte[]> Read);

/// <summary>The local file a markdown link's URL (relative to the notebook, or a <c>file:</c> URI) names, or null when there is none.</summary>
internal delegate LocalFile? LocalFileReader(string url);
