namespace Workbook.Rendering;

/// <summary>
/// How the index gets its thumbnails: drawn in a <see cref="Printer"/> already running (a <c>--static-charts</c>
/// run's), in a Chromium started for them when <see cref="StartChromium"/> and the machine has one, or not at all.
/// </summary>
/// <param name="Printer">A running headless Chromium to draw in, or null.</param>
/// <param name="StartChromium">Without a printer, start Chromium for the thumbnails when it is installed.</param>
public sealed record IndexThumbnails(ReportPrinter? Printer, bool StartChromium)
{
    /// <summary>No thumbnails: every card names its first figure in words.</summary>
    public static IndexThumbnails None { get; } = new(null, false);

    /// <summary>Thumbnails drawn in <paramref name="printer"/>, or, when it is null, in a Chromium started for them if there is one.</summary>
    public static IndexThumbnails Draw(ReportPrinter? printer) => new(printer, true);
}
