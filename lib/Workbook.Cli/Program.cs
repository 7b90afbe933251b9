// The command tree lives in Commands/; this file only hands the exit code back.
return await Workbook.Cli.Commands.WorkbookCommand.InvokeAsync(args);
