namespace Workbook.Publishing;

/// <summary>Chromium is needed (for <c>--pdf</c> or static chart images) and was not found.</summary>
public sealed class ChromiumNotFoundException(string message) : Exception(message);
