/// An sRGB colour with alpha, components in 0…1.
///
/// Charts that are printed in grey must not rely on hue alone: pair colours with dashes, marker
/// shapes or grey levels.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A neutral grey, 0 = black, 1 = white.
    public init(grey: Double, alpha: Double = 1) { self.init(red: grey, green: grey, blue: grey, alpha: alpha) }

    /// Parses `#RRGGBB` or `#RRGGBBAA`; `nil` otherwise.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6 || s.count == 8, let v = UInt64(s, radix: 16) else { return nil }
        if s.count == 6 {
            self.init(red: Double((v >> 16) & 0xFF) / 255, green: Double((v >> 8) & 0xFF) / 255, blue: Double(v & 0xFF) / 255)
        } else {
            self.init(red: Double((v >> 24) & 0xFF) / 255, green: Double((v >> 16) & 0xFF) / 255,
                      blue: Double((v >> 8) & 0xFF) / 255, alpha: Double(v & 0xFF) / 255)
        }
    }

    public static let black = Color(grey: 0)
    public static let white = Color(grey: 1)

    /// This colour laid at `opacity` over an opaque `background`, as one opaque colour (the
    /// "source over" blend, component by component).
    ///
    /// Tints of light fills are drawn with this instead of transparency: a page without
    /// transparency prints as vectors through every printer driver (Ghostscript's PostScript
    /// and PCL output rasterise whole pages that use it), and looks the same on white paper.
    /// - Parameters:
    ///   - opacity: 0 (only the background) … 1 (only this colour), clamped.
    ///   - background: the opaque colour underneath (white paper by default).
    /// - Returns: an opaque colour.
    public func blended(opacity: Double, over background: Color = .white) -> Color {
        let a = opacity.isFinite ? min(max(opacity, 0), 1) : 1
        func mix(_ top: Double, _ bottom: Double) -> Double { a * top + (1 - a) * bottom }
        return Color(red: mix(red, background.red), green: mix(green, background.green), blue: mix(blue, background.blue))
    }

    /// Luminance as printed in grey (Rec. 709 weights).
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// `#RRGGBB` (plus `AA` when not opaque).
    public var description: String {
        func hex2(_ v: Double) -> String {
            let n = Int((min(max(v, 0), 1) * 255).rounded())
            let s = String(n, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + hex2(red) + hex2(green) + hex2(blue) + (alpha < 1 ? hex2(alpha) : "")
    }
}
