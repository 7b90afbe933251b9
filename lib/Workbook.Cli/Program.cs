// The command tree lives in Commands/; this file only hands the exit code back.
Workbook.Diagnostics.PhaseProfile.RuntimeStarted();
return await Workbook.Cli.Commands.WorkbookCommand.InvokeAsync(args);
