namespace Workbook.Execution.Parameters;

/// <summary>One parameter of a run: the value it ran with and where that value came from.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value used, as C# source text.</param>
/// <param name="Overridden">True when <c>-p</c> replaced the default.</param>
/// <param name="Default">The default from the parameters cell, when known.</param>
public sealed record ParameterValue(string Name, string Value, bool Overridden, string? Default);
