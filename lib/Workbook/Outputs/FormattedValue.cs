namespace Workbook.Outputs;

/// <summary>One representation of a value in one MIME type, as a formatter produced it.</summary>
public sealed record FormattedValue(string MimeType, string Value);
