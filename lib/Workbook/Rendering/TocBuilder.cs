namespace Workbook.Rendering;

/// <summary>
/// The table of contents: the report's headings down to a depth, as nested ordered lists of links to their ids.
/// A heading that skips levels (an h3 right under an h1) nests one level down, not two.
/// </summary>
internal static class TocBuilder
{
    public static void Write(TextWriter writer, IReadOnlyList<TocEntry> headings, int depth)
    {
        var entries = headings.Where(h => h.Level <= depth).ToList();
        if (entries.Count == 0)
            return;
        var levels = new Stack<int>();
        levels.Push(entries.Min(e => e.Level));
        writer.Write("<ol>");
        for (var i = 0; i < entries.Count; i++)
        {
            var level = entries[i].Level;
            if (i > 0)
            {
                if (level > levels.Peek())
                {
                    writer.Write("<ol>");
                    levels.Push(level);
                }
                else
                {
                    writer.Write("</li>");
                    while (levels.Count > 1 && level < levels.Peek())
                    {
                        writer.Write("</ol></li>");
                        levels.Pop();
                    }
                }
            }
            writer.Write("<li><a href=\"#");
            Html.Write(writer, entries[i].Id);
            writer.Write("\">");
            Html.Write(writer, entries[i].Text);
            writer.Write("</a>");
        }
        writer.Write("</li>");
        while (levels.Count > 1)
        {
            writer.Write("</ol></li>");
            levels.Pop();
        }
        writer.Write("</ol>");
    }
}
