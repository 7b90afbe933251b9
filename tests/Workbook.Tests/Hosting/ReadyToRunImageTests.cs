using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using Workbook.Cli.Commands;

namespace Workbook.Tests.Hosting;

/// <summary>
/// The build's ReadyToRun step (lib/Workbook.Cli/ReadyToRun.targets): the assemblies a notebook run loads are
/// precompiled images wherever the engine starts from (the CLI's own output folder, and this test project's, from
/// which the tests' workers start), and the assemblies left out stay IL only. An image is told by the ReadyToRun
/// header its CLI header points to (the managed native header).
/// </summary>
public class ReadyToRunImageTests
{
    public static TheoryData<string> Precompiled => new()
    {
        "Microsoft.CodeAnalysis.dll",
        "Microsoft.CodeAnalysis.CSharp.dll",
        "Microsoft.CodeAnalysis.Scripting.dll",
        "Workbook.dll",
        "FSharp.Core.dll",
        "Plotly.NET.dll",
        "Newtonsoft.Json.dll",
    };

    [Theory]
    [MemberData(nameof(Precompiled))]
    public void An_assembly_the_worker_loads_is_a_ReadyToRun_image_where_the_worker_starts(string file)
    {
        Assert.True(IsReadyToRun(Path.Combine(WorkerFolder, file)), $"{file} beside {WorkerCommand.Launch.Arguments[0]} is IL only");
    }

    [Theory]
    [MemberData(nameof(Precompiled))]
    public void An_assembly_the_worker_loads_is_a_ReadyToRun_image_in_the_clis_output(string file)
    {
        Assert.True(IsReadyToRun(Path.Combine(CliOutputFolder, file)), $"{file} in {CliOutputFolder} is IL only");
    }

    [Fact]
    public void The_IDE_only_Roslyn_assemblies_stay_IL_only()
    {
        Assert.False(IsReadyToRun(Path.Combine(WorkerFolder, "Microsoft.CodeAnalysis.Features.dll")));
        Assert.False(IsReadyToRun(Path.Combine(CliOutputFolder, "Microsoft.CodeAnalysis.Workspaces.dll")));
    }

    [Fact]
    public void The_worker_runs_without_dynamic_PGO_instrumentation()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(WorkerFolder, "Workbook.Cli.runtimeconfig.json")))!;
        Assert.False((bool)config["runtimeOptions"]!["configProperties"]!["System.Runtime.TieredPGO"]!);
    }

    private static string WorkerFolder => Path.GetDirectoryName(WorkerCommand.Launch.Arguments[0])!;

    // lib/Workbook.Cli/bin/<configuration>/net10.0, built with this test project.
    private static string CliOutputFolder
    {
        get
        {
            var configuration = new DirectoryInfo(WorkerFolder).Parent!.Name;
            var root = new DirectoryInfo(WorkerFolder);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "MinerCapex.slnx"))) root = root.Parent;
            Assert.NotNull(root);
            return Path.Combine(root.FullName, "lib", "Workbook.Cli", "bin", configuration, "net10.0");
        }
    }

    private static bool IsReadyToRun(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing");
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { } cli && cli.ManagedNativeHeaderDirectory.Size > 0;
    }
}
