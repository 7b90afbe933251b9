using System.Security.Cryptography;
using System.Text;

namespace Workbook.Provenance;

/// <summary>
/// What data a run saw: a SHA-256 over every file under a data folder, so two reports with the same fingerprint were
/// computed from byte-identical data.
/// </summary>
/// <remarks>
/// The fingerprint is the SHA-256 of the manifest that <c>sha256sum</c> prints for the folder's files, sorted by
/// relative path with '/' separators (ordinal order), one line each: the file's lowercase hex SHA-256, two spaces,
/// the relative path, a newline. It can be checked without this code:
/// <c>cd data &amp;&amp; find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum</c>.
/// It covers all the files (hidden ones too), not only those a notebook opened: the engine does not trace file
/// reads, and hashing the whole folder cannot miss a file read through a library.
/// </remarks>
/// <param name="Directory">The folder hashed (full path).</param>
/// <param name="Sha256">The fingerprint, 64 lowercase hex digits.</param>
/// <param name="FileCount">Number of files hashed.</param>
/// <param name="TotalBytes">Their total size.</param>
public sealed record DataFingerprint(string Directory, string Sha256, int FileCount, long TotalBytes)
{
    /// <summary>Hashes every file under <paramref name="directory"/>.</summary>
    public static DataFingerprint Compute(string directory)
    {
        var root = Path.GetFullPath(directory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = System.IO.Directory.EnumerateFiles(root, "*", options)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        using var manifest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        foreach (var (path, relative) in files)
        {
            using var stream = File.OpenRead(path);
            total += stream.Length;
            var line = $"{IO.Sha256.OfStream(stream)}  {relative}\n";
            manifest.AppendData(Encoding.UTF8.GetBytes(line));
        }
        return new DataFingerprint(root, Convert.ToHexStringLower(manifest.GetHashAndReset()), files.Count, total);
    }
}
