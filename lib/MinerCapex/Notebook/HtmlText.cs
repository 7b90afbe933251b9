namespace MinerCapex.Notebook;

/// <summary>HTML escaping for text that comes from data: element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Escapes the five characters that can change HTML structure; everything else is written as is.</summary>
    public static void Write(TextWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
                continue;
            writer.Write(text.AsSpan(start, i - start));
            writer.Write(entity);
            start = i + 1;
        }
        writer.Write(text.AsSpan(start));
    }

    /// <summary>The escaped text as a string.</summary>
    public static string Escape(string? text)
    {
        using var writer = new StringWriter();
        Write(writer, text);
        return writer.ToString();
    }
}
