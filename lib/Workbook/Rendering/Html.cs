using System.Net;

namespace Workbook.Rendering;

/// <summary>HTML escaping: every string that comes from code output or data goes through here.</summary>
internal static class Html
{
    /// <summary>Escapes <c>&lt; &gt; &amp; " '</c> (and Latin-1 symbols) so the text can sit in element content or a quoted attribute.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Writes <paramref name="text"/> escaped.</summary>
    public static void Write(TextWriter writer, string? text) => WebUtility.HtmlEncode(text, writer);
}
