/// A character that none of the bundled fonts can show, described for the person who typed it.
struct UnprintableCharacter {
    let scalar: Unicode.Scalar

    init(_ scalar: Unicode.Scalar) { self.scalar = scalar }

    /// "U+1F600", at least four hexadecimal digits.
    var codePoint: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The sentence a failed page reports.
    var reason: String {
        "the character \"\(Character(scalar))\" (\(codePoint)) is in none of the bundled fonts, so it cannot be printed; the page was not written rather than printed with a gap"
    }
}
