namespace Workbook.Cli.Commands.Run;

/// <summary>One line of a run's summary and the stream it goes to.</summary>
/// <param name="Text">The line, without its end.</param>
/// <param name="IsError">True for standard error (failures and what was lost), false for standard output.</param>
internal sealed record SummaryLine(string Text, bool IsError)
{
    /// <summary>A line for standard output.</summary>
    public static SummaryLine Output(string text) => new(text, IsError: false);

    /// <summary>A line for standard error.</summary>
    public static SummaryLine Error(string text) => new(text, IsError: true);
}
