namespace Workbook.Hosting.Protocol;

/// <summary>Parent to worker: the line typed for <see cref="InputRequested"/> <paramref name="RequestId"/>, or null for end of input.</summary>
public sealed record InputReply(int RequestId, string? Text) : WorkerMessage;
