namespace Workbook.Execution.Editing;

/// <summary>
/// What an editor shows for the symbol under the cursor: its signature (<c>void Console.WriteLine(string? value)</c>)
/// and the summary of its XML documentation; with more detail, its parameters, return value and remarks too.
/// </summary>
public sealed record SymbolHelp(string Signature, string? Summary, IReadOnlyList<string> Details)
{
    /// <summary>The help as plain text: signature, then summary, then details, one block each.</summary>
    public string ToText() =>
        string.Join("\n\n", new[] { Signature, Summary }.Concat(Details).Where(s => !string.IsNullOrWhiteSpace(s)));
}
