// The command tree lives in Commands/; this file only hands the exit code back.
return await MinerCapex.Cli.Commands.StudyCommand.InvokeAsync(args);
