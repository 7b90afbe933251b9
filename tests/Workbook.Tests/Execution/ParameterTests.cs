using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Parameters;

namespace Workbook.Tests.Execution;

public class ParameterTests
{
    private const string Defaults =
        "// parameters\nvar window = 60;\nstring period = \"2025\";\nvar start = DateOnly.Parse(\"2024-01-01\");\nbool log = false;\ndouble scale = 1.5;\nDateTime asOf = new DateTime(2024, 6, 30);";

    private const string Report = "$\"{window}|{period}|{start:yyyy-MM-dd}|{log}|{scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{asOf:yyyy-MM-ddTHH:mm}\"";

    [Fact]
    public void Declarations_give_names_types_and_default_source()
    {
        var declared = NotebookParameters.Parse(Defaults);

        Assert.Equal(
            [
                new NotebookParameter("window", "int", "60"),
                new NotebookParameter("period", "string", "\"2025\""),
                new NotebookParameter("start", "DateOnly", "DateOnly.Parse(\"2024-01-01\")"),
                new NotebookParameter("log", "bool", "false"),
                new NotebookParameter("scale", "double", "1.5"),
                new NotebookParameter("asOf", "DateTime", "new DateTime(2024, 6, 30)"),
            ],
            declared);
    }

    [Fact]
    public async Task Defaults_run_when_nothing_is_overridden()
    {
        var run = await EngineRun.CSharp(Defaults, Report);

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(2, run.Cells.Count);
        Assert.Equal("60|2025|2024-01-01|False|1.5|2024-06-30T00:00", run.Cells[1].Outputs<DisplayOutput>().Single().Get("text/plain"));
        Assert.Equal("60", run.Parameters["window"]);
        Assert.Empty(run.Overridden);
    }

    [Fact]
    public async Task Overrides_are_injected_after_the_parameters_cell_as_typed_literals()
    {
        var options = new RunOptions
        {
            Parameters =
            [
                new("window", "90"),
                new("period", "say \"2026\"\\"),
                new("start", "2025-02-03"),
                new("log", "true"),
                new("scale", "2.25"),
                new("asOf", "2025-03-04T05:06:00"),
            ],
        };

        var run = await EngineRun.CSharp(options, "var before = 1;", Defaults, Report);

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(4, run.Cells.Count);
        Assert.StartsWith(NotebookParameters.InjectedMarker + "\nwindow = 90;\nperiod = \"say \\\"2026\\\"\\\\\";", run.Cells[2].Cell.Contents);
        Assert.Equal("90|say \"2026\"\\|2025-02-03|True|2.25|2025-03-04T05:06", run.Cells[3].Outputs<DisplayOutput>().Single().Get("text/plain"));
        Assert.Equal("90", run.Parameters["window"]);
        Assert.Equal("2.25d", run.Parameters["scale"]);
        Assert.Equal(["asOf", "log", "period", "scale", "start", "window"], run.Overridden.Order());
        Assert.Equal(6, run.Parameters.Count);
    }

    [Fact]
    public void Apply_gives_every_parameter_once_in_declaration_order_with_its_default()
    {
        var notebook = Documents.Of(Documents.Cell("csharp", "var a = 0;"), Documents.Cell("csharp", Defaults));

        var applied = NotebookParameters.Apply(notebook, [new("scale", "3"), new("window", "90")]);

        Assert.Equal(2, applied.InjectedAt);
        Assert.Equal(3, applied.Document.Elements.Count);
        Assert.Equal(["window", "period", "start", "log", "scale", "asOf"], applied.Values.Select(v => v.Name));
        Assert.Equal(new ParameterValue("window", "90", true, "60"), applied.Values[0]);
        Assert.Equal(new ParameterValue("period", "\"2025\"", false, "\"2025\""), applied.Values[1]);
        Assert.Equal("3d", applied.Values["scale"]);
        Assert.Equal(-1, NotebookParameters.Apply(notebook, []).InjectedAt);
        Assert.Same(notebook, NotebookParameters.Apply(notebook, []).Document);
    }

    [Fact]
    public async Task An_unknown_name_lists_the_valid_ones()
    {
        var notebook = Documents.Of(Documents.Cell("csharp", Defaults));
        var options = new RunOptions { Parameters = [new("windw", "90")] };

        var error = await Assert.ThrowsAsync<NotebookParameterException>(() => NotebookRunner.RunAsync(notebook, "x.dib", options));

        Assert.Equal(
            "Unknown parameter 'windw'. Valid parameters: window (int), period (string), start (DateOnly), log (bool), scale (double), asOf (DateTime).",
            error.Message);
    }

    [Theory]
    [InlineData("window", "ninety", "Parameter 'window' is int; found 'ninety', expected an integer.")]
    [InlineData("log", "yes", "Parameter 'log' is bool; found 'yes', expected true or false.")]
    [InlineData("start", "2025-13-45", "Parameter 'start' is DateOnly; found '2025-13-45', expected a date such as 2025-01-31.")]
    public void A_value_the_type_cannot_take_is_refused(string name, string value, string message)
    {
        var notebook = Documents.Of(Documents.Cell("csharp", Defaults));

        var error = Assert.Throws<NotebookParameterException>(() => NotebookParameters.Apply(notebook, [new(name, value)]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_notebook_without_a_parameters_cell_takes_none()
    {
        var notebook = Documents.Of(Documents.Cell("csharp", "var window = 60;"));

        var error = Assert.Throws<NotebookParameterException>(() => NotebookParameters.Apply(notebook, [new("window", "1")]));

        Assert.Contains("has no '// parameters' cell", error.Message);
    }
}
