namespace TestSupport.IO;

/// <summary>Copies of real folders (the bundled data, a built library, a package feed) for tests that run in a scratch folder.</summary>
public static class FolderCopy
{
    /// <summary>Copies every file under <paramref name="from"/>, sub-folders included, to the same place under <paramref name="to"/>.</summary>
    public static void Into(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
