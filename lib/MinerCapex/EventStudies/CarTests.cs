namespace MinerCapex.EventStudies;

/// <summary>
/// Tests of a cross-section of CARs: the stocks of a group for one event, or the stock × event pairs of a pool.
/// Only complete CARs enter; statistics that need more observations than there are, or a spread that is zero,
/// are null.
/// </summary>
/// <param name="N">Number of CARs.</param>
/// <param name="MeanCar">Mean CAR.</param>
/// <param name="StdDevCar">Sample standard deviation of the CARs (divisor N − 1); null when N &lt; 2.</param>
/// <param name="CrossSectionalT">Cross-sectional t: mean CAR / (sd(CAR) / sqrt(N)).</param>
/// <param name="CrossSectionalP">Two-sided p-value of the cross-sectional t (Student t, N − 1 degrees of freedom).</param>
/// <param name="BmpT">
/// Boehmer–Musumeci–Poulsen standardized cross-sectional t: mean(SCAR)·sqrt(N) / sd(SCAR), where each stock's
/// SCAR is its CAR over its standard error (<see cref="CarResult.T"/>).
/// </param>
/// <param name="BmpP">Two-sided p-value of the BMP t (Student t, N − 1 degrees of freedom).</param>
/// <param name="Positive">Number of CARs above zero.</param>
/// <param name="Negative">Number of CARs below zero (CARs of exactly zero count in neither and leave the sign test).</param>
/// <param name="PositiveShare">Positive / (Positive + Negative); null when both are zero.</param>
/// <param name="SignP">
/// Sign test: exact two-sided binomial p-value of <see cref="Positive"/> successes in Positive + Negative trials
/// with probability 0.5, i.e. <c>min(1, 2·P(X ≤ min(k, m − k)))</c>.
/// </param>
public sealed record CarTests(
    int N,
    double? MeanCar,
    double? StdDevCar,
    double? CrossSectionalT,
    double? CrossSectionalP,
    double? BmpT,
    double? BmpP,
    int Positive,
    int Negative,
    double? PositiveShare,
    double? SignP);
