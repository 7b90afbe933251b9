using Workbook.Rendering;

namespace Workbook.Publishing;

/// <summary>What a reports folder already holds for its index: the records of reports written earlier, and thumbnails.</summary>
internal static class ReportFolder
{
    /// <summary>The summaries to list: <paramref name="fresh"/> plus any other report found in <paramref name="directory"/>, by file name.</summary>
    public static IReadOnlyList<ReportSummary> Collect(IEnumerable<ReportSummary> fresh, string directory)
    {
        var byFile = fresh.ToDictionary(s => s.FileName, StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            // Only reports the engine wrote, known by their records; never a page found in the folder.
            foreach (var record in Directory.EnumerateFiles(directory, "*" + SummaryRecord.Extension))
            {
                var file = record[..^SummaryRecord.Extension.Length] + ".html";
                var name = Path.GetFileName(file);
                if (name == IndexPage.FileName || byFile.ContainsKey(name))
                    continue;
                if (SummaryRecord.ReadFrom(file) is { } summary)
                    byFile[name] = summary;
            }
        }
        return byFile.Values.OrderBy(s => s.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The thumbnail kept beside each of <paramref name="reports"/> that has one, as a data URI by report file name:
    /// the index stays one file that fetches nothing.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Thumbnails(IEnumerable<ReportSummary> reports, string directory)
    {
        var thumbnails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            try
            {
                var path = Path.Combine(directory, ChartThumbnail.FileNameFor(report.FileName));
                if (File.Exists(path))
                    thumbnails[report.FileName] = DataUri.FromBytes(ChartThumbnail.MimeType, File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable thumbnail leaves the card with its text figure, as a missing one does.
            }
        }
        return thumbnails;
    }
}
