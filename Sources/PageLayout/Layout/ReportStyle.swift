import Canvas

/// Page geometry, fonts and colours of a report, read from a template's layout file.
///
/// Defaults are print-safe: margins ≥ 15 mm, body 9 pt, nothing below 7 pt, greys that survive
/// black-and-white printing.
public struct ReportStyle: Sendable, Hashable {
    public var pageSize: Size
    /// Margins in points.
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    public var bodyFont: FontSpec
    public var smallFont: FontSpec
    public var titleFont: FontSpec
    public var sectionFont: FontSpec
    public var subsectionFont: FontSpec
    public var monoFont: FontSpec
    public var accent: Color
    public var warning: Color
    public var rule: Color
    public var shade: Color
    /// Space after each block, points.
    public var blockSpacing: Double
    /// Height reserved for the running header and footer, points.
    public var headerHeight: Double
    public var footerHeight: Double

    public init(pageSize: Size = .a4, marginsMillimetres: (top: Double, bottom: Double, left: Double, right: Double) = (16, 15, 18, 18),
                bodySize: Double = 9, smallSize: Double = 7.5, titleSize: Double = 13, sectionSize: Double = 11.5,
                accent: Color = Color(red: 0.12, green: 0.23, blue: 0.37), warning: Color = Color(red: 0.55, green: 0.05, blue: 0.05),
                rule: Color = Color(grey: 0.45), shade: Color = Color(grey: 0.92)) {
        self.pageSize = pageSize
        marginTop = millimetres(marginsMillimetres.top)
        marginBottom = millimetres(marginsMillimetres.bottom)
        marginLeft = millimetres(marginsMillimetres.left)
        marginRight = millimetres(marginsMillimetres.right)
        bodyFont = FontSpec(size: bodySize)
        smallFont = FontSpec(size: smallSize)
        titleFont = FontSpec(weight: .bold, size: titleSize)
        sectionFont = FontSpec(weight: .bold, size: sectionSize)
        subsectionFont = FontSpec(weight: .bold, size: bodySize + 0.5)
        monoFont = FontSpec(family: .mono, size: max(7, smallSize - 0.5))
        self.accent = accent
        self.warning = warning
        self.rule = rule
        self.shade = shade
        blockSpacing = 6
        headerHeight = 42
        footerHeight = 38
    }

    /// The printable area inside the margins.
    public var printableRect: Rect {
        Rect(x: marginLeft, y: marginTop, width: pageSize.width - marginLeft - marginRight,
             height: pageSize.height - marginTop - marginBottom)
    }

    /// The area for flowing content: the printable area less header and footer.
    public var contentRect: Rect { printableRect.inset(top: headerHeight, bottom: footerHeight) }

    /// The smallest font size used anywhere.
    public var smallestFontSize: Double {
        [bodyFont, smallFont, titleFont, sectionFont, subsectionFont, monoFont].map(\.size).min() ?? 0
    }
}
