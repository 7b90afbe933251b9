using System.Security.Cryptography;
using System.Text;

namespace Workbook.IO;

/// <summary>SHA-256 as the engine writes it everywhere: 64 lowercase hex digits.</summary>
internal static class Sha256
{
    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash of the file's bytes, read as a stream.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return OfStream(stream);
    }

    /// <summary>The hash of the rest of <paramref name="stream"/>.</summary>
    public static string OfStream(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));
}
