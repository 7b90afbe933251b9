using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.IO;

namespace Workbook.Document;

/// <summary>Loads and saves notebooks on disk, choosing the format by extension: <c>.dib</c> or <c>.ipynb</c>.</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when <paramref name="path"/> has an extension this class reads and writes.</summary>
    public static bool IsSupported(string path) => FormatOf(path) is not null;

    /// <summary>Reads a .dib or .ipynb file.</summary>
    /// <exception cref="NotebookFormatException">
    /// The extension is not .dib or .ipynb, the file is missing or unreadable, is not UTF-8, or is malformed.
    /// The message starts with the path.
    /// </exception>
    public static InteractiveDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path) ?? throw UnsupportedExtension(path);
        string text;
        try
        {
            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotebookFormatException(path, 0, 0, "no such file.", error);
        }
        catch (DecoderFallbackException error)
        {
            throw new NotebookFormatException(path, 0, 0, "the file is not valid UTF-8 text.", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, 0, 0, $"cannot read the file: {error.Message}", error);
        }
        return format == Format.Dib ? DibFormat.Parse(text, path) : IpynbFormat.Read(text, path);
    }

    /// <summary>
    /// Writes <paramref name="document"/> as .dib (canonical text, <c>\n</c> line breaks) or .ipynb, atomically: a
    /// temporary file in the same folder is renamed over the target, so a failure never leaves half a file.
    /// Missing folders are created.
    /// </summary>
    /// <param name="document">What to write: an .ipynb gets the outputs its cells carry; a .dib never stores outputs.</param>
    /// <param name="path">The target file; its extension picks the format.</param>
    /// <param name="kernelspec">The kernel an .ipynb names in its metadata; .NET Interactive's C# kernel when null.</param>
    /// <exception cref="ArgumentException">The extension is neither .dib nor .ipynb.</exception>
    /// <returns>The number of cells written (a .dib leaves out empty cells).</returns>
    /// <exception cref="NotebookFormatException">A .dib cannot hold the cells as they are (<see cref="DibFormat.Write"/>); nothing was written.</exception>
    public static int Save(InteractiveDocument document, string path, JupyterKernelSpec? kernelspec = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        var content = FormatOf(path) switch
        {
            Format.Dib => DibFormat.Write(document),
            Format.Ipynb => IpynbFormat.Write(document, kernelspec),
            _ => throw new ArgumentException(UnsupportedExtension(path).Message, nameof(path)),
        };
        AtomicFile.WriteAllText(path, content);
        // What a reader of the file will find: a .dib drops empty cells, and a cell whose first line names a kernel
        // may read back as the cell after an empty one.
        return FormatOf(path) == Format.Dib ? DibFormat.Parse(content).Elements.Count(e => !string.IsNullOrWhiteSpace(e.Contents)) : document.Elements.Count;
    }

    private enum Format
    {
        Dib,
        Ipynb,
    }

    private static Format? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".dib" => Format.Dib,
        ".ipynb" => Format.Ipynb,
        _ => null,
    };

    private static NotebookFormatException UnsupportedExtension(string path) =>
        new(path, 0, 0, $"unsupported extension '{Path.GetExtension(path)}'; expected .dib or .ipynb.");
}
