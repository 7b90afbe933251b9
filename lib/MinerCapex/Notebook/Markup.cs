using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace MinerCapex.Notebook;

/// <summary>
/// A fragment of HTML that is safe to write as is: built from literal markup written in this library, with every
/// value interpolated into it escaped (see <see cref="MarkupHandler"/>).
/// </summary>
public readonly partial record struct Markup(string Html)
{
    /// <summary>The empty fragment.</summary>
    public static Markup Empty { get; } = new("");

    /// <summary>
    /// Builds a fragment from an interpolated string: the literal parts are markup, each hole is escaped text
    /// (numbers with the invariant culture), except a hole that is itself a <see cref="Markup"/>.
    /// </summary>
    public static Markup Of([InterpolatedStringHandlerArgument] ref MarkupHandler handler) => handler.ToMarkup();

    /// <summary>Text escaped for element content or a quoted attribute.</summary>
    public static Markup Text(string? text) => new(WebUtility.HtmlEncode(text ?? ""));

    /// <summary>Text in bold: the project's mark of a computed result in a sentence.</summary>
    public static Markup Bold(string text) => new("<b>" + WebUtility.HtmlEncode(text) + "</b>");

    /// <summary>Text as inline code: the mark of an identifier (a symbol, a sub-group, an event id).</summary>
    public static Markup Code(string text) => new("<code>" + WebUtility.HtmlEncode(text) + "</code>");

    /// <summary>A catalog event by its headline, with its id as the tooltip, linked to and citing its <c>source_url</c>.</summary>
    public static Markup Event(Data.MarketEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Cited.Link(Text(e.Headline), e.SourceUrl, e.Headline, e.Id);
    }

    /// <summary>The fragment's text without tags, entities decoded.</summary>
    public string ToPlainText() => WebUtility.HtmlDecode(Tags().Replace(Html, "")).Trim();

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    /// <summary>The fragments joined by an escaped separator.</summary>
    public static Markup Join(string separator, IEnumerable<Markup> parts) =>
        new(string.Join(WebUtility.HtmlEncode(separator), parts.Select(p => p.Html)));

    /// <summary>Two fragments one after the other.</summary>
    public static Markup operator +(Markup first, Markup second) => new(first.Html + second.Html);

    /// <inheritdoc/>
    public override string ToString() => Html;
}

/// <summary>The interpolated-string handler behind <see cref="Markup.Of"/>: literals pass, holes are escaped.</summary>
[InterpolatedStringHandler]
public ref struct MarkupHandler
{
    private DefaultInterpolatedStringHandler _inner;

    /// <summary>Starts a fragment of about the given size.</summary>
    public MarkupHandler(int literalLength, int formattedCount) =>
        _inner = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    /// <summary>Literal markup, written as is.</summary>
    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    /// <summary>A fragment, written as is.</summary>
    public void AppendFormatted(Markup value) => _inner.AppendLiteral(value.Html);

    /// <summary>Any other value, formatted with the invariant culture and escaped.</summary>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Any other value with a format string, formatted with the invariant culture and escaped.</summary>
    public void AppendFormatted<T>(T value, string? format)
    {
        var text = value switch
        {
            null => "",
            Markup m => null,
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        _inner.AppendLiteral(text is null ? ((Markup)(object)value!).Html : WebUtility.HtmlEncode(text));
    }

    internal Markup ToMarkup() => new(_inner.ToStringAndClear());
}
