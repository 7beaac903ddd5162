/// One point of an evaluated density curve.
public struct DensityPoint: Sendable, Equatable {
    /// The abscissa.
    public let x: Double
    /// The estimated density at ``x``.
    public let density: Double
}
