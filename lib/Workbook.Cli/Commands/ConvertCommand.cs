using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook convert &lt;file|folder&gt;... --to ipynb|dib [-o OUT] [--kernel dotnet|workbook]</c>: converts notebooks
/// between the two formats; a folder stands for the notebooks of the other format in it, and with several inputs
/// OUT is a folder. <c>--kernel workbook</c> makes the .ipynb name this engine's Jupyter kernel
/// (<c>workbook-csharp</c>) instead of .NET Interactive's. Exit code 0 on success; 2 for a usage error or a file
/// that cannot be read or written, with a one-line message naming the file and no stack trace.
/// </summary>
public static class ConvertCommand
{
    private const string Usage = "Usage: workbook convert <file.dib|file.ipynb|folder>... --to ipynb|dib [-o OUT] [--kernel dotnet|workbook]";

    /// <summary>Builds the <c>convert</c> command.</summary>
    public static Command Create()
    {
        var input = new Argument<string[]>("file")
        {
            Description = "The notebooks to convert: .dib or .ipynb files, or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to")
        {
            Description = "The format to write.",
            Required = true,
        };
        to.AcceptOnlyFromAmong("ipynb", "dib");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (default: the input's path with the new extension), or the folder for several inputs. Missing folders are created.",
        };
        var kernel = new Option<string>("--kernel")
        {
            Description = "The Jupyter kernel the .ipynb names: 'dotnet' (.NET Interactive's .net-csharp) or 'workbook' (this engine's workbook-csharp, see 'workbook kernel install').",
            DefaultValueFactory = _ => "dotnet",
        };
        kernel.AcceptOnlyFromAmong("dotnet", "workbook");
        var command = new Command("convert", "Convert notebooks between .dib and .ipynb (nbformat 4.5).") { input, to, output, kernel };
        command.Action = new ConvertAction(input, to, output, kernel);
        return command;
    }

    // Parse errors are reported here rather than by System.CommandLine's default handler, which exits
    // with 1: this command promises 2 for every usage error.
    private sealed class ConvertAction(Argument<string[]> input, Option<string> to, Option<string?> output, Option<string> kernel) : SynchronousCommandLineAction
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

            var format = parseResult.GetRequiredValue(to);
            var kernelspec = parseResult.GetValue(kernel) == "workbook" ? JupyterKernelSpec.Workbook : JupyterKernelSpec.DotNetInteractive;
            var sources = new List<string>();
            foreach (var path in parseResult.GetRequiredValue(input))
            {
                if (!Directory.Exists(path))
                {
                    sources.Add(path);
                    continue;
                }
                var from = format == "ipynb" ? "*.dib" : "*.ipynb";
                var found = Directory.GetFiles(path, from).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) return Fail(error, $"{path}: no {from} notebooks in this folder.", Usage);
                sources.AddRange(found);
            }
            var requested = parseResult.GetValue(output);
            var several = sources.Count > 1;
            foreach (var source in sources)
            {
                var target = requested is null ? Path.ChangeExtension(source, "." + format)
                    : several ? Path.Combine(requested, Path.GetFileNameWithoutExtension(source) + "." + format)
                    : requested;
                if (Convert(parseResult, source, target, format, kernelspec) is var code and not 0) return code;
            }
            return 0;
        }

        private static int Convert(ParseResult parseResult, string source, string target, string format, JupyterKernelSpec kernelspec)
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!string.Equals(Path.GetExtension(target), "." + format, StringComparison.OrdinalIgnoreCase))
                return Fail(error, $"The output file '{target}' must end in .{format} to match --to {format}.", Usage);
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(source), StringComparison.Ordinal))
                return Fail(error, $"'{source}' is already a .{format} file; give a different output path with -o.", Usage);

            InteractiveDocument notebook;
            try
            {
                notebook = NotebookFile.Load(source);
            }
            catch (NotebookFormatException problem)
            {
                return Fail(error, problem.Message);
            }

            int written;
            try
            {
                written = NotebookFile.Save(notebook, target, kernelspec: kernelspec);
            }
            catch (NotebookFormatException problem)
            {
                return Fail(error, $"{source}: not converted: {problem.Message}");
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return Fail(error, $"{target}: cannot write the file: {problem.Message}");
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {target} ({written} cells).");
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
