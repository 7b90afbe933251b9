using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Workbook.Cli.Tests;

/// <summary>
/// The engine knows nothing of the study: its built output references no MinerCapex assembly. That the research
/// notebooks still run in it, from their own packages, is checked on the study's side (Notebooks.Tests).
/// </summary>
public sealed class EngineIndependenceTests
{
    [Fact]
    public void TheEnginesAssemblies_ReferenceNoMinerCapexAssembly()
    {
        var folder = WorkbookCli.EngineFolder;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>(["Workbook.Cli", "Workbook"]);
        var references = new List<(string From, string To)>();
        while (pending.TryDequeue(out var name))
        {
            var file = Path.Combine(folder, name + ".dll");
            if (!seen.Add(name) || !File.Exists(file)) continue;
            using var pe = new PEReader(File.OpenRead(file));
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var target = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                references.Add((name, target));
                pending.Enqueue(target);
            }
        }

        Assert.Contains(("Workbook.Cli", "Workbook"), references);
        Assert.True(seen.Count > 10, $"only {seen.Count} assemblies read in {folder}");
        Assert.DoesNotContain(references, r => r.To.StartsWith("MinerCapex", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Directory.GetFiles(folder, "MinerCapex*"));
        Assert.Empty(Directory.GetFiles(folder, "System.Numerics.Tensors*"));
        Assert.DoesNotContain("MinerCapex", File.ReadAllText(Path.Combine(folder, "Workbook.Cli.deps.json")), StringComparison.OrdinalIgnoreCase);
    }
}
