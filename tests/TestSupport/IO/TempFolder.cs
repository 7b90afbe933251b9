namespace TestSupport.IO;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("workbook-tests-").FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> inside the folder.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a test must not fail on cleanup.
        }
    }
}
