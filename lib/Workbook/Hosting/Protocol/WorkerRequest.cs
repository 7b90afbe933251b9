namespace Workbook.Hosting.Protocol;

/// <summary>
/// Parent to worker: a question answered by exactly one <see cref="WorkerReply"/> with the same
/// <see cref="RequestId"/> (<see cref="EngineProcess.RequestAsync{TReply}"/> pairs them).
/// </summary>
public abstract record WorkerRequest(int RequestId) : WorkerMessage;

/// <summary>Worker to parent: the answer to the <see cref="WorkerRequest"/> with <see cref="RequestId"/>.</summary>
public abstract record WorkerReply(int RequestId) : WorkerMessage;
