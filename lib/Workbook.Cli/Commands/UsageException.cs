namespace Workbook.Cli.Commands;

/// <summary>A mistake in the command line or its inputs: reported in one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
