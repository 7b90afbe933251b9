using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;

namespace Notebooks.Tests;

/// <summary>
/// The research notebooks stay thin: prose carries the argument and each code cell calls the research library in a
/// line or two. Read-outs, tables and their helpers live in the library, where they are written once and tested.
/// </summary>
public partial class ResearchNotebookThinnessTests
{
    private const int MaxLineLength = 160;
    private const double MaxMedianCodeLines = 3;

    public static TheoryData<string> Shipped() => new(
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "notebooks"), "*.dib").Order(StringComparer.Ordinal).Select(Path.GetFileName)!);

    private static InteractiveDocument Load(string name) => NotebookFile.Load(Path.Combine(RepoPaths.Root, "notebooks", name));

    private static IReadOnlyList<string> CodeCells(string name) =>
        Load(name).Elements.Where(c => c.Kernel() == "csharp").Select(c => c.Contents).ToList();

    // The setup cell and the parameters cell are fixed by the house conventions; the rest is the notebook's own code.
    private static IReadOnlyList<string> BodyCells(string name) => CodeCells(name).Skip(1).Where(c => !c.StartsWith("// parameters", StringComparison.Ordinal)).ToList();

    private static int CodeLines(string cell) => cell.Split('\n').Count(l => l.Trim().Length > 0);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void No_line_is_longer_than_160_characters(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "notebooks", name));
        var longLines = text.Split('\n').Select((line, i) => (Line: i + 1, line.Length)).Where(l => l.Length > MaxLineLength).ToList();
        Assert.True(longLines.Count == 0, $"{name}: lines over {MaxLineLength} characters: {string.Join(", ", longLines.Select(l => $"line {l.Line} ({l.Length})"))}");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_median_code_cell_has_at_most_three_lines(string name)
    {
        var lines = CodeCells(name).Select(CodeLines).Order().ToList();
        var median = lines.Count % 2 == 1 ? lines[lines.Count / 2] : (lines[lines.Count / 2 - 1] + lines[lines.Count / 2]) / 2.0;
        Assert.True(median <= MaxMedianCodeLines, $"{name}: the median code cell has {median} lines ({string.Join(", ", lines)})");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void No_cell_defines_a_helper(string name)
    {
        var helpers = BodyCells(name).SelectMany(c => c.Split('\n')).Where(l => Helper().IsMatch(l)).ToList();
        Assert.True(helpers.Count == 0, $"{name} defines helpers:\n{string.Join("\n", helpers)}");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_read_out_is_a_library_call(string name)
    {
        foreach (var cell in BodyCells(name))
        {
            Assert.DoesNotContain("HTML(", cell, StringComparison.Ordinal);
            Assert.DoesNotContain("display(", cell, StringComparison.Ordinal);
            Assert.False(AnonymousObject().IsMatch(cell), $"{name}: a table built from anonymous objects:\n{cell}");
            Assert.False(Markup().IsMatch(cell), $"{name}: markup written in a cell:\n{cell}");
            // A cell's last line is what it shows: a call on a library object, nothing computed in place.
            var last = cell.Split('\n').Last(l => l.Trim().Length > 0).Trim();
            Assert.True(ReadoutCall().IsMatch(last), $"{name}: the cell does not end in a library call:\n{cell}");
        }
    }

    [Fact]
    public void The_checks_catch_what_they_forbid()
    {
        Assert.Matches(Helper(), "string Label(DateOnly from, DateOnly to) => $\"{from}\";");
        Assert.Matches(Helper(), "double? Pct(double? v) => v;");
        Assert.Matches(Helper(), "IntervalSeries SeedBars((DateOnly Day, string Id) s)");
        Assert.Matches(Helper(), "record Half(string Name, string Color)");
        Assert.DoesNotMatch(Helper(), "var study = StudySetup.Load(start, split, end);");
        Assert.Matches(AnonymousObject(), "rows.Select(r => new { series = r.Symbol })");
        Assert.Matches(Markup(), "$\"<p>The index rose</p>\"");
        Assert.Matches(ReadoutCall(), "co.RegimeTests()");
        Assert.Matches(ReadoutCall(), "Findings.Answer(study, co, betas, events)");
        Assert.DoesNotMatch(ReadoutCall(), "var x = 1;");
        Assert.DoesNotMatch(ReadoutCall(), "Table(rows.Select(r => r.P))");
    }

    // A local function, or a type declared in a cell: "Type Name(args) =>" or "Type Name(args) {" or "record/class".
    [GeneratedRegex(@"^\s*(?:static\s+)?(?:[\w.]+(?:<[^>]*>)?\??(?:\[\])?|\([^)]*\)\??)\s+\w+\s*\((?!\))[^;]*\)\s*(?:=>|\{|$)|^\s*(?:record|class|struct)\s+\w+")]
    private static partial Regex Helper();

    [GeneratedRegex(@"new\s*\{")]
    private static partial Regex AnonymousObject();

    [GeneratedRegex(@"\$@?""[^""]*<\w+[^>]*>")]
    private static partial Regex Markup();

    // One call chain on a library object with simple arguments: names, literals, named arguments.
    [GeneratedRegex(@"^[A-Za-z_]\w*(?:\.\w+)*\([\w\s.,:""\[\]+-]*\)$")]
    private static partial Regex ReadoutCall();
}
