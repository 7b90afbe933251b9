using Microsoft.DotNet.Interactive.Formatting;

namespace MinerCapex.Notebook;

/// <summary>
/// Lists of result records as tables: one column per public property (in declaration order), one row per item.
/// Analytics helpers call <see cref="Register{T}"/> for their result types so that a notebook displaying a
/// <c>List&lt;T&gt;</c>, an array or any <c>IEnumerable&lt;T&gt;</c> of them gets a table instead of the default
/// nested tree view.
/// </summary>
public static class TableFormatter
{
    /// <summary>The items as an HTML table showing at most <paramref name="maxRows"/> rows (default <see cref="NotebookFormatters.MaxRows"/>).</summary>
    public static string ToHtml<T>(IEnumerable<T> items, int? maxRows = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var writer = new StringWriter();
        HtmlTable.Write(writer, TableSources.FromRecords(items), NotebookFormatters.CheckMaxRows(maxRows));
        return writer.ToString();
    }

    /// <summary>The items as aligned plain text with the same rows as <see cref="ToHtml{T}"/>.</summary>
    public static string ToText<T>(IEnumerable<T> items, int? maxRows = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var writer = new StringWriter();
        TextTable.Write(writer, TableSources.FromRecords(items), NotebookFormatters.CheckMaxRows(maxRows));
        return writer.ToString();
    }

    /// <summary>
    /// Registers text/html and text/plain formatters for <c>IEnumerable&lt;T&gt;</c> (which the Formatting library
    /// also applies to lists and arrays of <typeparamref name="T"/>), and makes lists and arrays of it display in
    /// both, so a front end without HTML (a Jupyter console) shows the text table. Registering again replaces the
    /// earlier one.
    /// </summary>
    public static void Register<T>()
    {
        Formatter.Register<IEnumerable<T>>((items, writer) => writer.Write(ToHtml(items)), HtmlMimeType);
        Formatter.Register<IEnumerable<T>>((items, writer) => writer.Write(ToText(items)), PlainTextMimeType);
        // Preferred MIME types are looked up by the runtime type, which is a concrete collection.
        foreach (var collection in new[] { typeof(List<T>), typeof(T[]) })
            Formatter.SetPreferredMimeTypesFor(collection, HtmlMimeType, PlainTextMimeType);
    }

    internal const string HtmlMimeType = "text/html";
    internal const string PlainTextMimeType = "text/plain";
}
