using System.Net;

namespace MinerCapex.Notebook;

/// <summary>HTML escaping for text that comes from data: element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> with <c>&lt; &gt; &amp; " '</c> (and Latin-1 symbols) as entities.</summary>
    public static void Write(TextWriter writer, string? text) => WebUtility.HtmlEncode(text, writer);
}
