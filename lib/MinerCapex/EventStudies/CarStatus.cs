namespace MinerCapex.EventStudies;

/// <summary>Whether a CAR could be summed over its window.</summary>
public enum CarStatus
{
    /// <summary>Every session of the window has an abnormal return; the CAR and its test are set.</summary>
    Complete,

    /// <summary>
    /// At least one session of the window lacks an abnormal return (the stock's or a factor's return is
    /// missing that day). The CAR is missing rather than a sum over fewer days, so every CAR spans L sessions.
    /// </summary>
    MissingReturns,

    /// <summary>The window runs past the panel's last session; the CAR is missing.</summary>
    BeyondDataEnd,
}
