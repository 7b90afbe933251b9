using System.Diagnostics;

namespace Workbook.Tests.Execution;

/// <summary>
/// A real class library, built and packed once per test run: <c>Workbook.Tiny</c> 1.2.3, with a type and a
/// formatter it registers through Microsoft.DotNet.Interactive.Formatting (so a test can check the engine and the
/// library share one copy of the formatting library).
/// </summary>
public sealed class TinyLibrary
{
    private static readonly Lazy<Task<TinyLibrary>> built = new(BuildAsync);

    private TinyLibrary(string projectDirectory, string dll, string feed)
    {
        ProjectDirectory = projectDirectory;
        Dll = dll;
        Feed = feed;
    }

    public string ProjectDirectory { get; }

    public string Dll { get; }

    /// <summary>A local package folder holding Workbook.Tiny.1.2.3.nupkg.</summary>
    public string Feed { get; }

    public static Task<TinyLibrary> GetAsync() => built.Value;

    private static async Task<TinyLibrary> BuildAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "workbook-tests", "tiny-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "Workbook.Tiny.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PackageId>Workbook.Tiny</PackageId>
                <Version>1.2.3</Version>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NoWarn>NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.DotNet.Interactive.Formatting" Version="1.0.0-beta.23562.1" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(root, "Greeter.cs"), """
            using Microsoft.DotNet.Interactive.Formatting;

            namespace Workbook.Tiny;

            public sealed record Temperature(double Celsius);

            public static class Greeter
            {
                public static string Hello(string name) => $"Hello, {name}!";

                public static void RegisterFormatters() =>
                    Formatter.Register<Temperature>(t => $"<span class=\"temp\">{t.Celsius:0.0} °C</span>", "text/html");
            }
            """);
        var feed = Path.Combine(root, "feed");
        await DotnetAsync(root, "pack", "-c", "Release", "-o", feed, "--nologo");
        return new TinyLibrary(root, Path.Combine(root, "bin", "Release", "net10.0", "Workbook.Tiny.dll"), feed);
    }

    /// <summary>Runs the dotnet CLI outside the test host's MSBuild environment; fails with its output.</summary>
    public static async Task<string> DotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{text}");
        return text;
    }
}
