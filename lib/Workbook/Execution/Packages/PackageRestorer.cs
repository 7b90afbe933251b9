using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Workbook.Execution.Magic;
using Workbook.IO;

namespace Workbook.Execution.Packages;

/// <summary>
/// Restores <c>#r "nuget: ..."</c> packages for real: writes a throw-away SDK project with one PackageReference
/// per package, runs <c>dotnet restore</c> for this runtime's target framework and RID (the configured NuGet
/// sources plus the notebook's <c>#i</c> sources), and reads the runtime assemblies of the whole graph from
/// <c>obj/project.assets.json</c>. No build is needed. The resolution is cached on disk under a key made of the
/// sorted package set, the sources, the framework and the RID, so a second run does not restore again
/// (a floating version such as <c>*</c> therefore stays at what it first resolved to until the cache is cleared).
/// <para>
/// The cached resolution is the fast path: it starts no MSBuild and no NuGet, only reads one small file and checks
/// that every assembly it names is still the file the restore saw (same length, same last-write time). Any
/// difference (a package folder cleaned or re-extracted, an entry written by an older engine without the stamps)
/// falls back to the full restore, which rewrites the entry.
/// </para>
/// </summary>
public sealed class PackageRestorer
{
    private static readonly JsonSerializerOptions jsonOptions = new() { WriteIndented = true };

    /// <summary>Creates a restorer caching under <paramref name="cacheDirectory"/> (default: <see cref="DefaultCacheDirectory"/>).</summary>
    public PackageRestorer(string? cacheDirectory = null)
    {
        CacheDirectory = Path.GetFullPath(cacheDirectory ?? DefaultCacheDirectory);
    }

    /// <summary>Where resolutions are cached.</summary>
    public string CacheDirectory { get; }

    /// <summary><c>$XDG_CACHE_HOME/workbook/nuget</c>, else <c>~/.cache/workbook/nuget</c>.</summary>
    public static string DefaultCacheDirectory
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
                : xdg;
            return Path.Combine(root, "workbook", "nuget");
        }
    }

    /// <summary>The target framework packages are restored for: this runtime's.</summary>
    public static string TargetFramework => $"net{Environment.Version.Major}.0";

    /// <summary>Restores <paramref name="packages"/> (or reads the cached resolution).</summary>
    /// <param name="packages">The whole package set of the notebook so far, so versions unify across cells.</param>
    /// <param name="sources">Extra package sources (URLs or full folder paths), besides the configured ones.</param>
    /// <param name="cancellationToken">Stops a running restore.</param>
    public async Task<PackageResolution> RestoreAsync(
        IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var cacheFile = CacheFile(packages, sources);
        var entry = Path.GetDirectoryName(cacheFile)!;
        if (TryReadCache(cacheFile) is { } cached) return cached;

        Directory.CreateDirectory(entry);
        var project = Path.Combine(entry, "restore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        try
        {
            var projectFile = Path.Combine(project, "packages.csproj");
            await File.WriteAllTextAsync(projectFile, ProjectXml(packages, sources, rid), cancellationToken);
            await RunRestoreAsync(projectFile, cancellationToken);
            var resolution = ReadAssets(Path.Combine(project, "obj", "project.assets.json"), $"{TargetFramework}/{rid}");
            await WriteCacheAsync(cacheFile, resolution, cancellationToken);
            return resolution;
        }
        finally
        {
            try { Directory.Delete(project, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The file caching the resolution of <paramref name="packages"/> from <paramref name="sources"/>.</summary>
    internal string CacheFile(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources) =>
        Path.Combine(CacheDirectory, CacheKey(packages, sources, RuntimeInformation.RuntimeIdentifier), "resolution.json");

    private static string CacheKey(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources, string rid)
    {
        var text = new StringBuilder()
            .AppendJoin('\n', packages.Select(p => $"{p.Name.ToLowerInvariant()}/{p.VersionOrLatest}").Order(StringComparer.Ordinal))
            .Append("\n--\n").AppendJoin('\n', sources.Order(StringComparer.Ordinal))
            .Append("\n--\n").Append(TargetFramework).Append('/').Append(rid)
            .ToString();
        return Sha256.OfText(text)[..24];
    }

    private static string ProjectXml(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources, string rid)
    {
        // Standalone: no Directory.Build.props/Packages.props from above the cache folder, no central versions.
        var properties = new XElement("PropertyGroup",
            new XElement("TargetFramework", TargetFramework),
            new XElement("RuntimeIdentifier", rid),
            new XElement("ImportDirectoryBuildProps", "false"),
            new XElement("ImportDirectoryBuildTargets", "false"),
            new XElement("ImportDirectoryPackagesProps", "false"),
            new XElement("ManagePackageVersionsCentrally", "false"),
            new XElement("NoWarn", "NU1603;NU1701;NU1608;NU1510"));
        if (sources.Count > 0) properties.Add(new XElement("RestoreAdditionalProjectSources", string.Join(';', sources)));
        var items = new XElement("ItemGroup", packages.Select(p =>
            new XElement("PackageReference", new XAttribute("Include", p.Name), new XAttribute("Version", p.VersionOrLatest))));
        return new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, items).ToString();
    }

    private static async Task RunRestoreAsync(string projectFile, CancellationToken cancellationToken)
    {
        // No build servers or reused MSBuild nodes: a node left running after the restore would hold this process's
        // redirected output open, and the read below would wait for it (a restore that never ends while other builds
        // run on the machine).
        var start = new ProcessStartInfo(DotnetHost(), ["restore", projectFile, "--nologo", "--verbosity", "quiet", "--disable-build-servers"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(projectFile)!,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // A restore started from inside `dotnet test`/`dotnet run` must not inherit that build's MSBuild state.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(name);

        using var process = Process.Start(start) ?? throw new PackageRestoreException("Could not start `dotnet restore`.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            var errors = text.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Replace(projectFile + " : ", "", StringComparison.Ordinal).Replace(" [" + projectFile + "]", "", StringComparison.Ordinal))
                .Distinct()
                .ToList();
            throw new PackageRestoreException("Package restore failed:\n" + string.Join('\n', errors.Count > 0 ? errors : [text.Trim()]));
        }
    }

    /// <summary>The dotnet host running this process when there is one, else `dotnet` from PATH.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    internal static PackageResolution ReadAssets(string assetsFile, string target)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsFile))!.AsObject();
        var packageFolder = assets["packageFolders"]!.AsObject().First().Key;
        var libraries = assets["libraries"]!.AsObject();
        var packages = new List<ResolvedPackage>();
        var assemblies = new List<string>();
        foreach (var (id, node) in assets["targets"]![target]!.AsObject())
        {
            if ((string?)node!["type"] != "package") continue;
            var slash = id.IndexOf('/');
            packages.Add(new ResolvedPackage(id[..slash], id[(slash + 1)..]));
            var root = Path.Combine(packageFolder, (string)libraries[id]!["path"]!);
            assemblies.AddRange(Files(node["runtime"], root).Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)));
        }
        return new PackageResolution(packages, assemblies, FromCache: false);
    }

    // Assets are keyed by package-relative path; `_._` marks "nothing for this framework".
    private static IEnumerable<string> Files(JsonNode? group, string root) =>
        group is JsonObject items
            ? items.Select(i => i.Key).Where(k => Path.GetFileName(k) != "_._").Select(k => Path.GetFullPath(Path.Combine(root, k)))
            : [];

    private static PackageResolution? TryReadCache(string cacheFile)
    {
        if (!File.Exists(cacheFile)) return null;
        try
        {
            var cached = JsonSerializer.Deserialize<CachedResolution>(File.ReadAllText(cacheFile));
            if (cached is not { Packages: { } packages, Assemblies: { } assemblies, Stamps: { } stamps }) return null;
            // Every assembly must be the very file the restore resolved; the stamps cover them all.
            if (!stamps.Select(s => s.Path).SequenceEqual(assemblies.Select(Path.GetFullPath), StringComparer.Ordinal) || !stamps.All(s => s.IsCurrent()))
                return null;
            return new PackageResolution(packages, assemblies, FromCache: true);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="resolution"/> to <paramref name="cacheFile"/> with its assemblies' stamps (temp file, then rename).</summary>
    internal static async Task WriteCacheAsync(string cacheFile, PackageResolution resolution, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        var entry = new CachedResolution(resolution.Packages, resolution.Assemblies, [.. resolution.Assemblies.Select(FileStamp.Of)]);
        var temp = cacheFile + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(entry, jsonOptions), cancellationToken);
        File.Move(temp, cacheFile, overwrite: true);
    }
}
