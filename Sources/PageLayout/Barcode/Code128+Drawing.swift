import Canvas

extension Code128 {
    /// The module (narrowest bar) width: 1/75 inch (0.339 mm, 0.96 pt), inside the 0.33–0.5 mm
    /// a hospital label scanner reads best, and exactly 2, 4 and 8 device pixels at 150, 300 and
    /// 600 dpi. With 1/100 inch (0.254 mm) Ghostscript's 150 dpi raster no longer decodes.
    public static let moduleWidth = 72.0 / 75

    /// Light modules left blank on each side of the bars (ISO/IEC 15417: at least 10).
    public static let quietZoneModules = 10

    /// The bars' height: 1/4 inch (6.35 mm), the ISO/IEC 15417 minimum for a scanned symbol.
    public static let barHeight = 18.0

    /// The grid the symbol's left edge is snapped to, in points: 1/150 inch, so every bar edge
    /// falls on a device-pixel boundary at 150, 300 and 600 dpi (the module is two grid steps).
    static let snapGrid = 72.0 / 150

    /// How much narrower each bar is drawn than its modules, in points: 1/600 inch, split over
    /// both edges. Rasterisers that paint every pixel a fill touches (and printer ink spread)
    /// would otherwise widen bars into the one-module spaces between them.
    static let barWidthReduction = 72.0 / 600

    /// Width of the symbol with its quiet zones, in points.
    public var width: Double { Self.width(characters: text.count) }

    /// Width of the symbol for a text of `characters` characters, with its quiet zones, in points:
    /// start, one symbol per character and the check symbol (11 modules each), the 13-module stop
    /// and two quiet zones.
    /// - Parameter characters: the length of the encoded text.
    /// - Returns: the width in points.
    public static func width(characters: Int) -> Double {
        Double(11 * (characters + 2) + 13 + 2 * quietZoneModules) * moduleWidth
    }

    /// Where a symbol box asked for at `x` starts: moved left onto the 1/150-inch grid.
    /// - Parameter x: the requested left edge, points.
    /// - Returns: the snapped left edge, at most 1/150 inch left of `x`.
    public static func snappedLeft(_ x: Double) -> Double {
        (x / snapGrid).rounded(.down) * snapGrid
    }

    /// Draws the bars as one fill of whole rectangles, with quiet zones on both sides.
    /// - Parameters:
    ///   - canvas: where to draw, in page coordinates (the snapping assumes no scaling).
    ///   - origin: top-left corner of the symbol's box including its quiet zones; the box is
    ///     moved left by less than 1/150 inch to snap the bars to the pixel grid.
    /// - Returns: the box drawn in (`width` wide, `barHeight` high).
    @discardableResult
    public func draw(in canvas: Canvas, at origin: Point) -> Rect {
        let left = Self.snappedLeft(origin.x)
        let firstModule = left + Double(Self.quietZoneModules) * Self.moduleWidth
        var path = Path()
        for bar in bars {
            path.append(.rect(Rect(x: firstModule + Double(bar.start) * Self.moduleWidth + Self.barWidthReduction / 2, y: origin.y,
                                   width: Double(bar.width) * Self.moduleWidth - Self.barWidthReduction, height: Self.barHeight)))
        }
        canvas.fill(path, color: .black)
        return Rect(x: left, y: origin.y, width: width, height: Self.barHeight)
    }
}
