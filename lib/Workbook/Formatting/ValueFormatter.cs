using Microsoft.DotNet.Interactive.Formatting;
using FormattedValue = Workbook.Outputs.FormattedValue;

namespace Workbook.Formatting;

/// <summary>
/// Turns values into <see cref="FormattedValue"/>s through <c>Microsoft.DotNet.Interactive.Formatting</c>,
/// so a formatter a notebook or library registers with <see cref="Formatter.Register{T}(Action{T, TextWriter}, string)"/>
/// is used here exactly as the .NET Interactive kernel would use it.
/// </summary>
public static class ValueFormatter
{
    /// <summary>
    /// Formats <paramref name="value"/> once per MIME type. With no MIME types, the type's preferred ones are used
    /// (text/html by default, text/plain for strings), as the C# kernel does for a return value.
    /// </summary>
    public static IReadOnlyList<FormattedValue> Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var types = mimeTypes is { Count: > 0 } ? mimeTypes : PreferredMimeTypes(value);
        var values = new List<FormattedValue>(types.Count);
        foreach (var mimeType in types.Distinct(StringComparer.Ordinal))
        {
            values.Add(new FormattedValue(mimeType, value.ToDisplayString(mimeType)));
        }
        return values;
    }

    /// <summary>A cell's trailing value, formatted in <see cref="DisplayMimeTypes"/>.</summary>
    public static IReadOnlyList<FormattedValue> FormatResult(object? value) => Format(value, DisplayMimeTypes(value));

    /// <summary>
    /// The MIME types a value is displayed in when none is asked for: its preferred ones, plus <c>text/plain</c>
    /// when they lack it, so that every notebook front end (a Jupyter console included) has one it can show.
    /// </summary>
    public static IReadOnlyList<string> DisplayMimeTypes(object? value)
    {
        var types = PreferredMimeTypes(value);
        return types.Contains(PlainText) ? types : [.. types, PlainText];
    }

    private const string PlainText = "text/plain";

    /// <summary>The MIME types a value of this runtime type is shown in when none is asked for.</summary>
    public static IReadOnlyList<string> PreferredMimeTypes(object? value) =>
        [.. Formatter.GetPreferredMimeTypesFor(value?.GetType() ?? typeof(object))];
}
