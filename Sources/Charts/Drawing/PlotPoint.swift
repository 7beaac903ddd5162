/// A point of a curve in the data coordinates of an x–y plot (ROC, calibration, decision curve); the spec that
/// holds the curve says which quantities x and y are.
public struct PlotPoint: Sendable, Hashable {
    /// Horizontal data coordinate.
    public var x: Double
    /// Vertical data coordinate.
    public var y: Double
}
