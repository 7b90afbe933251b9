namespace Workbook.IO;

/// <summary>An output folder that cannot be written: the user's to fix, reported in one line (exit code 2).</summary>
public sealed class OutputFolderException(string message, Exception inner) : Exception(message, inner);
