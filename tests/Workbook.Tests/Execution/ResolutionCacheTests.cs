using Workbook.Execution.Magic;
using Workbook.Execution.Packages;

namespace Workbook.Tests.Execution;

/// <summary>
/// The package-resolution cache's fast path: a valid entry is used without any restore; an entry whose assemblies
/// changed, vanished or carry no stamps falls back to the full restore. The package asked for exists nowhere, so a
/// restore that ran would fail with NuGet's NU1101: a result proves the fast path, that error proves the fallback.
/// </summary>
public class ResolutionCacheTests
{
    private static readonly PackageReference absent = new("Workbook.NoSuchPackage.CacheProbe", "1.0.0");

    [Fact]
    public async Task A_valid_entry_is_the_resolution_without_a_restore()
    {
        var (restorer, cacheFile, assembly) = await SeedAsync();

        var resolution = await restorer.RestoreAsync([absent], []);

        Assert.True(resolution.FromCache);
        Assert.Equal([assembly], resolution.Assemblies);
        Assert.Equal([new ResolvedPackage(absent.Name, "1.0.0")], resolution.Packages);
        Assert.True(File.Exists(cacheFile));
    }

    [Fact]
    public async Task An_entry_is_readable_as_the_bare_resolution_older_engines_sharing_the_cache_read()
    {
        var (_, cacheFile, assembly) = await SeedAsync();

        var older = System.Text.Json.JsonSerializer.Deserialize<PackageResolution>(await File.ReadAllTextAsync(cacheFile))!;

        Assert.Equal([assembly], older.Assemblies);
        Assert.Equal([new ResolvedPackage(absent.Name, "1.0.0")], older.Packages);
    }

    [Fact]
    public async Task An_assembly_rewritten_since_the_restore_falls_back_to_the_restore()
    {
        var (restorer, _, assembly) = await SeedAsync();
        await File.AppendAllTextAsync(assembly, "changed");

        var error = await Assert.ThrowsAsync<PackageRestoreException>(() => restorer.RestoreAsync([absent], []));
        Assert.Contains("NU1101", error.Message);
    }

    [Fact]
    public async Task An_assembly_with_only_its_time_changed_falls_back_to_the_restore()
    {
        var (restorer, _, assembly) = await SeedAsync();
        File.SetLastWriteTimeUtc(assembly, File.GetLastWriteTimeUtc(assembly).AddMinutes(-5));

        await Assert.ThrowsAsync<PackageRestoreException>(() => restorer.RestoreAsync([absent], []));
    }

    [Fact]
    public async Task A_deleted_assembly_falls_back_to_the_restore()
    {
        var (restorer, _, assembly) = await SeedAsync();
        File.Delete(assembly);

        await Assert.ThrowsAsync<PackageRestoreException>(() => restorer.RestoreAsync([absent], []));
    }

    [Fact]
    public async Task An_entry_without_stamps_from_an_older_engine_falls_back_to_the_restore()
    {
        var (restorer, cacheFile, assembly) = await SeedAsync();
        // The layout older engines wrote: the bare resolution.
        await File.WriteAllTextAsync(cacheFile, $$"""{"Packages":[{"Name":"{{absent.Name}}","Version":"1.0.0"}],"Assemblies":["{{assembly}}"],"FromCache":false}""");

        await Assert.ThrowsAsync<PackageRestoreException>(() => restorer.RestoreAsync([absent], []));
    }

    [Fact]
    public async Task A_corrupt_entry_falls_back_to_the_restore()
    {
        var (restorer, cacheFile, _) = await SeedAsync();
        await File.WriteAllTextAsync(cacheFile, "{\"Resolution\": ");

        await Assert.ThrowsAsync<PackageRestoreException>(() => restorer.RestoreAsync([absent], []));
    }

    /// <summary>A cache entry for <see cref="absent"/>, written as a restore writes it, naming a real assembly in a scratch folder.</summary>
    private static async Task<(PackageRestorer Restorer, string CacheFile, string Assembly)> SeedAsync()
    {
        var tiny = await TinyLibrary.GetAsync();
        var folder = EngineRun.ScratchDirectory();
        var assembly = Path.Combine(folder, "lib", "Workbook.Tiny.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        File.Copy(tiny.Dll, assembly);
        var restorer = new PackageRestorer(Path.Combine(folder, "cache"));
        var cacheFile = restorer.CacheFile([absent], []);
        await PackageRestorer.WriteCacheAsync(cacheFile, new PackageResolution([new ResolvedPackage(absent.Name, "1.0.0")], [assembly], FromCache: false), CancellationToken.None);
        return (restorer, cacheFile, assembly);
    }
}
