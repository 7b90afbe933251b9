using System.Reflection;
using Workbook.Execution.Caching;

namespace Workbook.Tests.Execution.Caching;

/// <summary>
/// The engine's cache identity comes from the source hash its build stamps (lib/EngineSourceHash.targets), not from
/// its bytes, which carry the git commit: without the stamp every commit would empty every cache.
/// </summary>
public class EngineIdentityTests
{
    [Theory]
    [InlineData(typeof(ExecutionCache))]
    [InlineData(typeof(Workbook.Cli.Commands.RunCommand))]
    public void The_engine_and_the_cli_carry_a_source_hash_apart_from_their_commit(Type inAssembly)
    {
        var assembly = inAssembly.Assembly;
        var stamp = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == EngineIdentity.SourceHashKey)?.Value;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.NotNull(stamp);
        Assert.Matches("^[0-9A-F]{64}$", stamp);
        Assert.DoesNotContain(stamp, version, StringComparison.OrdinalIgnoreCase);
    }
}
