using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook convert &lt;file.dib|file.ipynb&gt; --to ipynb|dib [-o OUT]</c>: converts a notebook between the two
/// formats. Exit code 0 on success; 2 for a usage error or a file that cannot be read or written, with a
/// one-line message naming the file and no stack trace.
/// </summary>
public static class ConvertCommand
{
    private const string Usage = "Usage: workbook convert <file.dib|file.ipynb> --to ipynb|dib [-o OUT]";

    /// <summary>Builds the <c>convert</c> command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "The notebook to convert: a .dib or .ipynb file." };
        var to = new Option<string>("--to")
        {
            Description = "The format to write.",
            Required = true,
        };
        to.AcceptOnlyFromAmong("ipynb", "dib");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (default: the input's path with the new extension). Missing folders are created.",
        };
        var command = new Command("convert", "Convert a notebook between .dib and .ipynb (nbformat 4.5).") { input, to, output };
        command.Action = new ConvertAction(input, to, output);
        return command;
    }

    // Parse errors are reported here rather than by System.CommandLine's default handler, which exits
    // with 1: this command promises 2 for every usage error.
    private sealed class ConvertAction(Argument<string> input, Option<string> to, Option<string?> output) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var error = parseResult.InvocationConfiguration.Error;
            var problems = parseResult.Errors.Select(e => e.Message)
                .Concat(parseResult.UnmatchedTokens.Select(t => $"Unrecognized argument '{t}'."))
                .ToList();
            if (problems.Count > 0)
                return Fail(error, [.. problems, Usage]);

            var source = parseResult.GetRequiredValue(input);
            var format = parseResult.GetRequiredValue(to);
            var target = parseResult.GetValue(output) ?? Path.ChangeExtension(source, "." + format);
            if (!string.Equals(Path.GetExtension(target), "." + format, StringComparison.OrdinalIgnoreCase))
                return Fail(error, $"The output file '{target}' must end in .{format} to match --to {format}.", Usage);
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(source), StringComparison.Ordinal))
                return Fail(error, $"'{source}' is already a .{format} file; give a different output path with -o.", Usage);

            InteractiveDocument document;
            try
            {
                document = NotebookFile.Load(source);
            }
            catch (NotebookFormatException problem)
            {
                return Fail(error, problem.Message);
            }

            try
            {
                NotebookFile.Save(document, target);
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return Fail(error, $"{target}: cannot write the file: {problem.Message}");
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {target} ({document.Elements.Count} cells).");
            return 0;
        }

        private static int Fail(TextWriter error, params string[] lines)
        {
            foreach (var line in lines)
                error.WriteLine(line);
            return 2;
        }
    }
}
