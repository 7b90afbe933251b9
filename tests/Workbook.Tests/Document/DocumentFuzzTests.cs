using Microsoft.DotNet.Interactive.Documents;
using TestSupport.Fuzz;
using Workbook.Document;

namespace Workbook.Tests.Document;

/// <summary>
/// Properties of the .dib and .ipynb readers and writers over generated inputs (seeded, a few hundred short cases
/// each, so bounded in time; their speed is the benchmarks' business): no input ends in anything but a
/// <see cref="NotebookFormatException"/>, and a document written is read back with the cells it was written with.
/// </summary>
public class DocumentFuzzTests
{
    private static readonly string[] DibTokens =
    [
        "#!csharp", "#!markdown", "#!meta", "#!fsharp", "#!c#", "#!md", "#!time", "#!", "#", "\n", "\r\n", "\n\n", " ",
        "{", "}", "[", "]", "\"", ":", ",", "null", "\"kernelInfo\"", "\"items\"", "\"name\"", "x", "\uFEFF", "\t", "é", "😀",
    ];

    private static readonly string[] IpynbTokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", " ", "\n", "null", "true", "1", "4", "-1", "\"cells\"", "\"cell_type\"", "\"code\"",
        "\"markdown\"", "\"source\"", "\"metadata\"", "\"nbformat\"", "\"nbformat_minor\"", "\"outputs\"", "\"#!csharp\\n\"", "\"x\"",
    ];

    [Fact]
    public void Generated_dib_text_reads_or_is_a_format_error_never_another_exception()
    {
        foreach (var text in new TokenText(21, DibTokens).Many(600, 40))
            ReadsOrFailsCleanly(() => DibFormat.Parse(text), text);
    }

    [Fact]
    public void Generated_ipynb_text_reads_or_is_a_format_error_never_another_exception()
    {
        var generated = new TokenText(22, IpynbTokens);
        const string Shell = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [";
        foreach (var text in generated.Many(300, 40).Concat(generated.Many(300, 30).Select(t => Shell + t)))
            ReadsOrFailsCleanly(() => IpynbFormat.Read(text), text);
    }

    [Fact]
    public void A_generated_document_round_trips_through_dib_with_its_cell_count_or_is_refused()
    {
        var generated = new TokenText(23, ["#!csharp", "#!markdown", "#!time", "#!fsharp", "var a = 1;", "# Title", "text", " ", "\n", "\n\n", "#!"]);
        string[] kernels = ["csharp", "markdown", "fsharp", "html"];
        var refused = 0;
        for (var n = 0; n < 400; n++)
        {
            var document = new InteractiveDocument([.. Enumerable.Range(0, generated.Below(5)).Select(_ => new InteractiveDocumentElement(generated.Next(12), kernels[generated.Below(kernels.Length)]))]);
            string text;
            try
            {
                text = DibFormat.Write(document);
            }
            catch (NotebookFormatException)
            {
                refused++;
                continue;
            }
            var back = DibFormat.Parse(text).Elements.Where(e => !string.IsNullOrWhiteSpace(e.Contents)).ToList();
            // A .dib keeps no empty cell; a code cell may open with the line naming its kernel, read back the same way.
            Assert.True(
                back.Count == document.Elements.Count(e => !string.IsNullOrWhiteSpace(e.Contents)),
                $"{document.Elements.Count} cells written as:\n{text}\nread back as {back.Count}");
            Assert.All(back.Zip(document.Elements.Where(e => !string.IsNullOrWhiteSpace(e.Contents))), pair =>
            {
                if (pair.Second.KernelName == "markdown") Assert.Equal("markdown", pair.First.KernelName);
            });
        }
        // The generator does reach the refusal (a boundary line inside a cell) and the ordinary case.
        Assert.InRange(refused, 1, 399);
    }

    [Fact]
    public void A_generated_document_round_trips_through_ipynb_with_every_cell()
    {
        var generated = new TokenText(24, ["#!csharp", "#!markdown", "var a = 1;", "# Title", "\"quoted\"", "\\", "\n", "\r\n", "text", "😀"]);
        string[] kernels = ["csharp", "markdown", "fsharp"];
        for (var n = 0; n < 300; n++)
        {
            var cells = Enumerable.Range(0, generated.Below(5)).Select(_ => new InteractiveDocumentElement(generated.Next(10), kernels[generated.Below(kernels.Length)])).ToList();
            var back = IpynbFormat.Read(IpynbFormat.Write(new InteractiveDocument([.. cells])));
            Assert.Equal(cells.Count, back.Elements.Count);
            Assert.Equal(cells.Select(c => c.KernelName == "markdown"), back.Elements.Select(e => e.KernelName == "markdown"));
        }
    }

    private static void ReadsOrFailsCleanly(Action read, string input)
    {
        try
        {
            read();
        }
        catch (NotebookFormatException)
        {
            // The reader's one way of saying no, with a place in the file.
        }
        catch (Exception other)
        {
            Assert.Fail($"{other.GetType().Name}: {other.Message}\nfor the input {System.Text.Json.JsonSerializer.Serialize(input)}");
        }
    }
}
