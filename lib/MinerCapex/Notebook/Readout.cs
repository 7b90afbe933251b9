namespace MinerCapex.Notebook;

/// <summary>
/// What a notebook cell shows after a computation: its sentence (or a list of them) and its tables, with every
/// number written by <see cref="Numbers"/>. The notebook formatters display it as HTML in a notebook and a report.
/// </summary>
public sealed record Readout(Markup Text, IReadOnlyList<ResultTable> Tables)
{
    /// <summary>One paragraph.</summary>
    public static Readout Sentence(Markup sentence, params ResultTable[] tables) => new(Markup.Of($"<p>{sentence}</p>"), tables);

    /// <summary>Several paragraphs.</summary>
    public static Readout Paragraphs(IEnumerable<Markup> paragraphs, params ResultTable[] tables) =>
        new(new Markup(string.Concat(paragraphs.Select(p => "<p>" + p.Html + "</p>"))), tables);

    /// <summary>A bulleted list, one item per fragment.</summary>
    public static Readout Bullets(IEnumerable<Markup> items, params ResultTable[] tables) =>
        new(new Markup("<ul>" + string.Concat(items.Select(i => "<li>" + i.Html + "</li>")) + "</ul>"), tables);

    /// <summary>Tables with no sentence.</summary>
    public static Readout Of(params ResultTable[] tables) => new(Markup.Empty, tables);

    /// <summary>The same read-out with one more table after the others.</summary>
    public Readout With(ResultTable table) => this with { Tables = [.. Tables, table] };

    /// <summary>The sentence, then the tables.</summary>
    public Markup ToHtml() => Tables.Aggregate(Text, (html, table) => html + table.ToHtml());

    /// <summary>The sentence without markup, then the tables as text.</summary>
    public string ToText()
    {
        var sentence = new Markup(Text.Html.Replace("<li>", "\n- ", StringComparison.Ordinal).Replace("</p><p>", "\n", StringComparison.Ordinal)).ToPlainText();
        return string.Join("\n", Tables.Select(t => t.ToText()).Prepend(sentence).Where(s => s.Length > 0));
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();
}
