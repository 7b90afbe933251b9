namespace Workbook.Hosting.Protocol;

/// <summary>Worker to parent: connected and warmed up (Roslyn loaded, a first script compiled), in <paramref name="WarmUpMilliseconds"/>.</summary>
public sealed record Ready(int ProcessId, string EngineVersion, double WarmUpMilliseconds) : WorkerMessage;
