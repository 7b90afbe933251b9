namespace Workbook.Rendering;

/// <summary>Images as <c>data:</c> URIs, so that a report carries them inside itself.</summary>
internal static class DataUri
{
    /// <summary>Files larger than this are not inlined: a report is meant to be mailed.</summary>
    public const long MaxInlineBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".bmp"] = "image/bmp",
        [".ico"] = "image/x-icon",
    };

    /// <summary>The MIME type of an image file from its extension, or null when it is not a known image type.</summary>
    public static string? ImageMimeType(string path) => ImageTypes.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>The bytes (a file's content) as a base64 data URI with the given MIME type.</summary>
    public static string FromBytes(string mimeType, byte[] bytes) => FromBase64(mimeType, Convert.ToBase64String(bytes));

    /// <summary>A data URI for base64 content that is already encoded (as notebook image outputs are).</summary>
    public static string FromBase64(string mimeType, string base64) => $"data:{mimeType};base64,{base64}";
}
