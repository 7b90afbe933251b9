namespace Workbook.Jupyter;

/// <summary>The kernel cannot start: a bad connection file or a port it cannot bind. The message says which and why.</summary>
public sealed class KernelStartException(string message) : Exception(message);
