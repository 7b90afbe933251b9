using System.CommandLine;

namespace Workbook.Cli.Commands;

/// <summary>Builds the `workbook` command tree.</summary>
public static class WorkbookCommand
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("Run .dib notebooks headlessly and export HTML reports.");
        return root.Parse(args).InvokeAsync();
    }
}
