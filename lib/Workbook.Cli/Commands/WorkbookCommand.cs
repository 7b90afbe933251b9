using System.CommandLine;
using System.CommandLine.Parsing;

namespace Workbook.Cli.Commands;

/// <summary>
/// Builds the <c>workbook</c> command tree and runs it. Everything is reached through here, with the output
/// and error writers passed in, so tests run the real CLI in process and read what it printed.
/// Exit codes: 0 success, 1 a notebook cell failed, 2 a usage error or an input that cannot be read.
/// </summary>
public static class WorkbookCommand
{
    /// <summary>Exit code for a usage error or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>The root command with every verb.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Run .dib notebooks headlessly with the C# kernel's semantics and export HTML reports.")
        {
            RunCommand.Create(),
            ConvertCommand.Create(),
            KernelCommand.Create(),
            WorkerCommand.Create(),
        };
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen verb; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(
        string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        var parsed = Create().Parse(args);
        // System.CommandLine exits with 1 on a parse error; here 1 means "a cell failed", so usage errors get 2.
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var problem in parsed.Errors) await configuration.Error.WriteLineAsync(problem.Message);
            var verbs = new List<string>();
            for (var command = parsed.CommandResult; command is not null && command.Command is not RootCommand; command = command.Parent as CommandResult)
                verbs.Insert(0, command.Command.Name);
            var verb = verbs.Count == 0 ? "" : string.Join(' ', verbs) + " ";
            await configuration.Error.WriteLineAsync($"See 'workbook {verb}--help'.");
            await configuration.Error.WriteLineAsync();
            // The parser's own help for the command that was mistyped, as after a parse error anywhere.
            await Create().Parse([.. verbs, "--help"]).InvokeAsync(new InvocationConfiguration { Output = configuration.Error, Error = configuration.Error }, cancellationToken);
            return UsageError;
        }
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
