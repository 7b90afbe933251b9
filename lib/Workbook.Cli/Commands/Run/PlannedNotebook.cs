using Workbook.Execution.Parameters;

namespace Workbook.Cli.Commands.Run;

/// <summary>A notebook ready to run: its file and its document with the <c>-p</c> overrides it declares applied.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Parameters">The document to run and the parameter values it runs with.</param>
internal sealed record PlannedNotebook(string Path, AppliedParameters Parameters);
