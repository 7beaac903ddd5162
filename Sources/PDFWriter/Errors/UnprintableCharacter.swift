import Formatting

/// A character that none of the bundled fonts can show, described for the person who typed it.
package struct UnprintableCharacter {
    let scalar: Unicode.Scalar

    package init(_ scalar: Unicode.Scalar) { self.scalar = scalar }

    /// The sentence a failed page reports.
    package var reason: String {
        "the character \"\(Character(scalar))\" (\(scalar.codePointText)) is in none of the bundled fonts, so it cannot be printed; the page was not written rather than printed with a gap"
    }
}
