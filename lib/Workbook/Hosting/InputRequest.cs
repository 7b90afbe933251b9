namespace Workbook.Hosting;

/// <summary>A cell waiting for a line of standard input: its number in the file and the prompt it wrote.</summary>
public sealed record InputRequest(int CellNumber, string Prompt);
