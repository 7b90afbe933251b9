using System.CommandLine.Parsing;

namespace Workbook.Cli.Commands;

/// <summary>
/// A word that looks like an option (<c>--bogus</c>) and names no file is a mistyped option, not a path: the parser
/// reports it with its own wording and the command's help, instead of the run failing on "no such file".
/// </summary>
internal static class UnknownOptions
{
    public static void Reject(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
        }
    }
}
