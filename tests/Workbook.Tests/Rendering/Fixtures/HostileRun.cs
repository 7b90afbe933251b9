using Microsoft.Data.Analysis;
using MinerCapex.Notebook;
using Workbook.Execution;

namespace Workbook.Tests.Rendering.Fixtures;

/// <summary>
/// A run whose data and output carry markup that would run script if a report let it through: in a DataFrame (cells
/// and a column name), a record table, console text, a plain-text value, an error message, a parameter value, a
/// chart's trace name and title, and the title heading. Each payload sets <c>window.__pwned</c> and raises a dialog.
/// </summary>
internal static class HostileRun
{
    public const string Script = "<script>window.__pwned = 'script'; alert(1)</script>";
    public const string Image = "<img src=x onerror=\"window.__pwned = 'img'; alert(2)\">";
    public const string ScriptEnd = "</script><script>window.__pwned = 'chart'; alert(3)</script>";

    public sealed record Finding(string Name, string Note);

    public static NotebookRun Build(string folder)
    {
        NotebookFormatters.Register();
        TableFormatter.Register<Finding>();
        var frame = new DataFrame(
            new StringDataFrameColumn("name", [Script, Image, "plain"]),
            new PrimitiveDataFrameColumn<double>(Script, [1.5, double.NaN, 3]));
        var chart = SampleCharts.Scatter(ScriptEnd, [1, 2, 3], [2, 1, 3], ScriptEnd);
        return new RunBuilder(Path.Combine(folder, "03-hostile.dib"))
            .Markdown("# Payloads &lt;script&gt;alert(0)&lt;/script&gt;\n\nEvery output below carries markup from data.")
            .Code("// parameters\nvar label = \"x\";")
            .Parameter("label", "\"" + Script + "\"", overridden: true)
            .Code("frame", SampleRuns.Display(frame))
            .Code("findings", SampleRuns.Display(new List<Finding> { new(Script, Image) }))
            .Code("Console.WriteLine(text);", RunBuilder.Stdout("\u001b[31m" + Script + "\u001b[0m\n" + Image + "\n"))
            .Code("text", RunBuilder.Text(Script + " " + Image))
            .Code("chart", SampleRuns.Display(chart))
            .Failed("throw new Exception(text);", new ErrorOutput("System.Exception", Script + " " + Image, ["   at Submission#7 in cell 9:line 1 " + Image]))
            .Build();
    }
}
