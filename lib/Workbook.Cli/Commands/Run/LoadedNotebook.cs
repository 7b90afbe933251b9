using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Cli.Commands.Run;

/// <summary>A notebook file read, before its parameters are applied.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Document">Its cells as read.</param>
internal sealed record LoadedNotebook(string Path, InteractiveDocument Document);
