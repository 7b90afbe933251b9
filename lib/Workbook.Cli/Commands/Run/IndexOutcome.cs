namespace Workbook.Cli.Commands.Run;

/// <summary>How writing the reports' index ended.</summary>
/// <param name="Path">The index's path.</param>
/// <param name="Failure">Why it was not written; null when it was.</param>
internal sealed record IndexOutcome(string Path, OutputFailure? Failure)
{
    /// <summary>The index as the summary names it: its path, marked "(not written)" when it was not.</summary>
    public string Shown => Failure is null ? Path : $"{Path} (not written)";
}
