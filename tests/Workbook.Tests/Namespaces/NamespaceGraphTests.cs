namespace Workbook.Tests.Namespaces;

/// <summary>
/// lib/Workbook's rooms depend on each other in one direction only (docs/engine-namespaces.md draws the graph): the
/// output types and the run's provenance are leaves every other room may use, and no room reaches back into one
/// that uses it.
/// </summary>
public sealed class NamespaceGraphTests
{
    private static readonly NamespaceGraph Engine = NamespaceGraph.Read(Path.Combine(RepoPaths.Root, "lib", "Workbook"));

    [Fact]
    public void EngineRooms_FormNoCycle()
    {
        Assert.Contains("Workbook.Execution", Engine.Rooms);
        Assert.True(Engine.Cycles().Count == 0,
            $"cycles: {string.Join("; ", Engine.Cycles().Select(c => string.Join(" <-> ", c)))}\n{Engine.Describe()}");
    }

    [Theory]
    [InlineData("Workbook.Outputs")]
    [InlineData("Workbook.Provenance")]
    [InlineData("Workbook.IO")]
    public void LeafRooms_UseNoOtherRoomButIO(string leaf)
    {
        Assert.Contains(leaf, Engine.Rooms);
        Assert.DoesNotContain(Engine.UsesOf(leaf).Keys, room => room != "Workbook.IO");
    }

    [Fact]
    public void ExecutionAndHosting_UseTheOutputsAndNotEachOtherBothWays()
    {
        Assert.Contains("Workbook.Outputs", Engine.UsesOf("Workbook.Execution").Keys);
        Assert.Contains("Workbook.Outputs", Engine.UsesOf("Workbook.Hosting").Keys);
        Assert.Contains("Workbook.Execution", Engine.UsesOf("Workbook.Hosting").Keys);
        Assert.DoesNotContain("Workbook.Hosting", Engine.UsesOf("Workbook.Execution").Keys);
        Assert.DoesNotContain("Workbook.Rendering", Engine.UsesOf("Workbook.Execution").Keys);
    }

    [Fact]
    public void Cycles_FindsTwoRoomsThatUseEachOther_ThroughAnInterpolatedString()
    {
        var graph = NamespaceGraph.Of([
            ("A/Note.cs", "using W.B;\nnamespace W.A;\n/// <summary>Uses Clock in a comment only.</summary>\npublic static class Note { public static string For() => $\"at {Clock.Now}\"; }"),
            ("B/Clock.cs", "namespace W.B.Time;\npublic static class Clock { public static string Now => Note.For() + \"Leaf\"; }"),
            ("C/Leaf.cs", "namespace W.C;\npublic sealed record Leaf(string Text);"),
        ]);

        Assert.Equal([["W.A", "W.B"]], graph.Cycles());
        Assert.Equal(["A/Note.cs: Clock"], graph.UsesOf("W.A")["W.B"]);
        Assert.Empty(graph.UsesOf("W.C"));
        Assert.DoesNotContain("W.C", graph.UsesOf("W.B").Keys);
    }
}
