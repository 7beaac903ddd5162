import Formatting

/// The characters a report can print: those some bundled font has a glyph for.
///
/// A case whose text holds any other character is refused by the reader, naming the character and
/// its code point, because the character would otherwise vanish from (or print as a box on) a
/// chart document. Tab, line breaks and default-ignorable characters (joiners, variation
/// selectors) are always accepted: they have no glyph of their own. The rendering backend builds
/// the set from its fonts (`FontRegistry.printableRanges()`); `.unrestricted`, the default, accepts
/// every character (for reading cases that are only scored, never printed).
public struct PrintableCharacters: Sendable, Hashable {
    /// Sorted, disjoint ranges of code points; `nil` accepts everything.
    private let ranges: [ClosedRange<UInt32>]?

    /// Every character is accepted.
    public static let unrestricted = PrintableCharacters(ranges: nil)

    /// The characters in `ranges`.
    /// - Parameter ranges: code-point ranges in ascending order, not overlapping.
    public init(ranges: [ClosedRange<UInt32>]) { self.ranges = ranges }

    private init(ranges: [ClosedRange<UInt32>]?) { self.ranges = ranges }

    /// Whether `scalar` can be printed. O(log ranges).
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard let ranges else { return true }
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        default: if scalar.properties.isDefaultIgnorableCodePoint { return true }
        }
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(scalar.value)
    }

    /// `text` with every character that cannot be printed replaced by its code point in brackets
    /// ("Anna [U+1F600] Smith"), for messages that quote what was typed on a printed page.
    /// O(characters · log ranges).
    public func printableText(_ text: String) -> String {
        guard firstUnprintable(in: text) != nil else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if contains(scalar) { out.unicodeScalars.append(scalar) } else { out += "[\(scalar.codePointText)]" }
        }
        return out
    }

    /// The first character of `text` that cannot be printed, if any. O(characters · log ranges).
    public func firstUnprintable(in text: String) -> Unicode.Scalar? {
        ranges == nil ? nil : text.unicodeScalars.first { !contains($0) }
    }
}
