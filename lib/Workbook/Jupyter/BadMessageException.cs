namespace Workbook.Jupyter;

/// <summary>A request whose header or content the protocol does not allow: answered with an error reply naming the field.</summary>
internal sealed class BadMessageException(string message) : Exception(message);
