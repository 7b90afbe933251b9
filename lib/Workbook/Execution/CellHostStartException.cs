namespace Workbook.Execution;

/// <summary>A cell host could not be started: the run records it as the first C# cell's failure.</summary>
public class CellHostStartException(string message) : Exception(message);
