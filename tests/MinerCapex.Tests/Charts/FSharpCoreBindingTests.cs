using System.Reflection;
using MinerCapex.Charts;

namespace MinerCapex.Tests.Charts;

public class FSharpCoreBindingTests
{
    private static AssemblyName Name(string name, string version) => new($"{name}, Version={version}");

    [Theory]
    [InlineData("FSharp.Core", "10.1.0.0", "FSharp.Core", "10.0.0.0", true)]   // the kernel's older copy answers
    [InlineData("FSharp.Core", "10.1.0.0", "FSharp.Core", "10.1.0.0", false)]  // same version: the normal bind works
    [InlineData("FSharp.Core", "10.1.0.0", "FSharp.Core", "11.0.0.0", false)]  // a newer host: the normal bind works
    [InlineData("Newtonsoft.Json", "13.0.0.0", "Newtonsoft.Json", "12.0.0.0", false)] // only FSharp.Core is unified
    [InlineData("FSharp.Core", "10.1.0.0", "FSharp.Data", "1.0.0.0", false)]
    public void Only_an_older_loaded_FSharp_Core_answers_a_request(string requested, string requestedVersion, string loaded, string loadedVersion, bool unify)
    {
        Assert.Equal(unify, FSharpCoreBinding.ShouldUnify(Name(requested, requestedVersion), Name(loaded, loadedVersion)));
    }

    [Fact]
    public void In_a_process_that_can_bind_the_requested_version_the_chart_uses_that_version()
    {
        var chart = new ChartFigure().AddTrace("scatter", new Dictionary<string, object?> { ["y"] = new[] { 1.0, 2.0 } }).ToChart();

        var referenced = typeof(Plotly.NET.GenericChart).Assembly.GetReferencedAssemblies().Single(a => a.Name == FSharpCoreBinding.LibraryName);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == FSharpCoreBinding.LibraryName).ToList();
        Assert.NotNull(chart);
        Assert.Equal(referenced.Version, Assert.Single(loaded).GetName().Version);
    }
}
