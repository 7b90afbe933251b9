namespace Workbook.Rendering;

/// <summary>
/// What a report shows besides the run and the options, read or drawn beforehand by whoever publishes it: rendering
/// itself reads no file and starts no browser.
/// </summary>
/// <param name="StaticImages">The charts' static images (SVG data URIs) by figure id, or null for none.</param>
/// <param name="LocalFiles">The files beside the notebook its markdown's images name, or null: every local image is then shown as not found.</param>
internal sealed record ReportInputs(IReadOnlyDictionary<string, string>? StaticImages = null, LocalFileReader? LocalFiles = null)
{
    /// <summary>No static images and no local files.</summary>
    public static ReportInputs None { get; } = new();
}
