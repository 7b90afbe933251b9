using Workbook.Rendering;

namespace Workbook.Publishing;

/// <summary>The files beside a notebook that its markdown points at (its images), read from disk for the renderer.</summary>
internal static class NotebookFiles
{
    /// <summary>A reader of the files a link in the notebook at <paramref name="notebookPath"/> names, relative to its folder.</summary>
    public static LocalFileReader Beside(string notebookPath) => InFolder(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!);

    /// <summary>A reader of the files a link names, relative to <paramref name="folder"/> (or a <c>file:</c> URI).</summary>
    public static LocalFileReader InFolder(string folder) => url =>
    {
        var path = LocalPath(folder, url);
        var file = new FileInfo(path);
        return file.Exists ? new LocalFile(file.Length, () => File.ReadAllBytes(path)) : null;
    };

    private static string LocalPath(string folder, string url)
    {
        var relative = url.Split('?', '#')[0];
        if (Uri.TryCreate(relative, UriKind.Absolute, out var uri) && uri.IsFile)
            return uri.LocalPath;
        return Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(relative)));
    }
}
