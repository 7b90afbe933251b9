using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Execution.Parameters;

/// <summary>A notebook with its <c>-p</c> overrides applied, ready to run.</summary>
/// <param name="Document">The document that runs: the notebook's own, or a copy with the generated cell inserted.</param>
/// <param name="Values">Every declared parameter's value.</param>
/// <param name="InjectedAt">The index of the generated cell in <paramref name="Document"/>, or -1 when nothing was overridden.</param>
public sealed record AppliedParameters(InteractiveDocument Document, ParameterValues Values, int InjectedAt);
