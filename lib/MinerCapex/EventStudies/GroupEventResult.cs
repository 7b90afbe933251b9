namespace MinerCapex.EventStudies;

/// <summary>Tests over the stocks of one group for one event and one window.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="EventId">The event.</param>
/// <param name="Window">The event window.</param>
/// <param name="Tests">Cross-sectional, BMP and sign tests over the group's complete CARs.</param>
public sealed record GroupEventResult(string Group, string EventId, EventWindow Window, CarTests Tests);
