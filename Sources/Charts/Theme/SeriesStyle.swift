import Canvas

/// How one data series (a violin group, an ROC curve) is drawn: outline, fill, hatching and marker.
///
/// Every style the theme hands out differs from its siblings in at least one property that survives grey
/// printing (dash pattern, hatching, marker shape) besides its grey level.
public struct SeriesStyle: Sendable, Hashable {
    /// Outline or curve stroke.
    public var stroke: StrokeStyle
    /// Area fill; `nil` for curves.
    public var fill: Color?
    /// Hatch lines drawn over the fill; `nil` for none.
    public var hatching: Hatching?
    /// Marker used for this series' special points (e.g. the Youden point of an ROC curve).
    public var marker: MarkerShape = .openDiamond
}
