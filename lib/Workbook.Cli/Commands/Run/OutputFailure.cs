namespace Workbook.Cli.Commands.Run;

/// <summary>
/// Why a notebook's report (or its PDF, its .ipynb, the index) was not written: one line for the summary, and whether
/// it is an output the user's system refused (a full disk, a read-only folder: exit code 2) rather than a fault of
/// the engine (exit code 1).
/// </summary>
internal sealed record OutputFailure(string Message, bool Unwritable)
{
    public static OutputFailure Of(Exception problem) => problem is IOException or UnauthorizedAccessException
        ? new OutputFailure($"its output could not be written: {problem.Message} The other notebooks' reports were kept.", Unwritable: true)
        : new OutputFailure($"its output could not be written: {problem.GetType().Name}: {problem.Message}", Unwritable: false);
}
