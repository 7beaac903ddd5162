import Canvas

/// Fonts, line widths, greys, dash patterns and marker shapes shared by the nomogram, violin and ROC charts.
///
/// Designed for grey print at A4 width (charts placed about 170 mm wide): no text below
/// `minimumFontSize`, series distinguished by dash pattern, hatching or marker shape and not by hue.
public struct ChartTheme: Sendable, Hashable {
    /// The smallest font size any chart may use, points.
    public static let minimumFontSize = 7.0

    /// Tick labels.
    public var tickFont: FontSpec
    /// Axis titles and row labels.
    public var labelFont: FontSpec
    /// Panel titles.
    public var titleFont: FontSpec
    /// Read-outs next to markers (points, probabilities, lesion names).
    public var annotationFont: FontSpec
    /// Legend entries.
    public var legendFont: FontSpec
    /// Caption notes at the foot of a figure.
    public var captionFont: FontSpec
    /// The synthetic-cohort banner and similar provenance footnotes.
    public var footnoteFont: FontSpec

    /// Main ink (axes, text, lesion markers).
    public var ink: Color
    /// Secondary ink (drop lines, chance diagonal, grid).
    public var secondaryInk: Color
    /// Faint ink (helper lines that must not compete with data).
    public var faintInk: Color

    /// Axis line width, points.
    public var axisLineWidth: Double
    /// Major tick length, points.
    public var tickLength: Double
    /// Minor tick length, points.
    public var minorTickLength: Double
    /// Gap between a tick and its label, points.
    public var tickLabelGap: Double
    /// Drop lines from a lesion marker to the Points axis.
    public var dropLine: StrokeStyle
    /// Lesion marker diameter, points.
    public var markerSize: Double
    /// Marker outline width, points.
    public var markerLineWidth: Double

    /// Marker shapes for a patient's lesions, in lesion order (lesion 1 filled circle, lesion 2 open triangle, …).
    public var lesionMarkers: [MarkerShape]
    /// Styles of the two outcome groups: index 0 the negative class (ObR), index 1 the positive class (NR).
    public var groupStyles: [SeriesStyle]
    /// Styles of ROC curves in legend order (the model first).
    public var curveStyles: [SeriesStyle]

    /// The report theme: Noto Sans 7–9 pt, black/grey ink, 0.6 pt axes.
    public static let standard = ChartTheme(
        tickFont: FontSpec(size: 7.5),
        labelFont: FontSpec(weight: .bold, size: 8),
        titleFont: FontSpec(weight: .bold, size: 8.5),
        annotationFont: FontSpec(size: 7.5),
        legendFont: FontSpec(size: 7.5),
        captionFont: FontSpec(size: 7),
        footnoteFont: FontSpec(weight: .bold, italic: true, size: 7.5),
        ink: .black,
        secondaryInk: Color(grey: 0.35),
        faintInk: Color(grey: 0.7),
        axisLineWidth: 0.6,
        tickLength: 3.5,
        minorTickLength: 2,
        tickLabelGap: 1.5,
        dropLine: StrokeStyle(width: 0.5, color: Color(grey: 0.45), dash: [2, 1.5]),
        markerSize: 5.5,
        markerLineWidth: 0.9,
        lesionMarkers: [.filledCircle, .openTriangle, .filledSquare, .openDiamond, .filledTriangle],
        groupStyles: [
            SeriesStyle(stroke: StrokeStyle(width: 0.7, color: Color(grey: 0.15)), fill: Color(grey: 0.9),
                        hatching: nil, marker: .openCircle),
            SeriesStyle(stroke: StrokeStyle(width: 0.7, color: Color(grey: 0.15)), fill: Color(grey: 0.68),
                        hatching: Hatching(angleDegrees: 45, spacing: 2.8, stroke: StrokeStyle(width: 0.4, color: Color(grey: 0.25))),
                        marker: .filledSquare),
        ],
        curveStyles: [
            SeriesStyle(stroke: StrokeStyle(width: 1.6, color: .black, join: .round), marker: .filledDiamond),
            SeriesStyle(stroke: StrokeStyle(width: 1.0, color: Color(grey: 0.3), dash: [5, 2.5], join: .round), marker: .openDiamond),
            SeriesStyle(stroke: StrokeStyle(width: 1.0, color: Color(grey: 0.45), dash: [1.2, 1.8], cap: .round, join: .round), marker: .openDiamond),
            SeriesStyle(stroke: StrokeStyle(width: 1.0, color: Color(grey: 0.55), dash: [6, 2, 1.2, 2], join: .round), marker: .openDiamond),
            SeriesStyle(stroke: StrokeStyle(width: 0.8, color: Color(grey: 0.6), dash: [3, 3], join: .round), marker: .openDiamond),
        ])

    /// The marker shape of the lesion at `index` (0-based), cycling when there are more lesions than shapes.
    /// - Parameter index: Lesion position in the patient's list.
    /// - Returns: Its marker shape.
    public func lesionMarker(_ index: Int) -> MarkerShape {
        lesionMarkers.isEmpty ? .filledCircle : lesionMarkers[index % lesionMarkers.count]
    }

    /// The dotted identity diagonal of a unit-square plot: the ROC chart's chance line and the calibration
    /// plot's perfect calibration, drawn and shown in the legend alike.
    public var identityDiagonal: StrokeStyle { StrokeStyle(width: 0.6, color: faintInk, dash: [1, 2], cap: .round) }

    /// The style of ROC curve number `index`, cycling.
    /// - Parameter index: Curve position (0 = the model).
    /// - Returns: Its style.
    public func curveStyle(_ index: Int) -> SeriesStyle { curveStyles[index % curveStyles.count] }

    /// The style of outcome group `index` (0 negative class, 1 positive class), cycling.
    /// - Parameter index: Group position.
    /// - Returns: Its style.
    public func groupStyle(_ index: Int) -> SeriesStyle { groupStyles[index % groupStyles.count] }
}
