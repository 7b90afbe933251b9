using System.Text;

namespace Workbook.Document;

/// <summary>Writes a file so that readers see either the old content or the new, never half of it.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes UTF-8 (no BOM) to a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void WriteAllText(string path, string content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Same directory as the target so the rename stays on one file system and is atomic.
        var temp = $"{full}.tmp-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllText(temp, content, Utf8NoBom);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }
}
