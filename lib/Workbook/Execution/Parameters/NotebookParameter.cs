namespace Workbook.Execution.Parameters;

/// <summary>A parameter declared in a notebook's <c>// parameters</c> cell.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">The C# type as declared, or inferred from the default for <c>var</c> (<c>int</c>, <c>string</c>, <c>DateOnly</c>...); null when it cannot be told.</param>
/// <param name="DefaultSource">The default value's C# source text.</param>
public sealed record NotebookParameter(string Name, string? Type, string DefaultSource);

/// <summary>A <c>-p name=value</c> that does not fit the notebook: unknown name, or a value its type cannot take.</summary>
public sealed class NotebookParameterException(string message) : Exception(message);
