extension Unicode.Scalar {
    /// The code point as Unicode writes it: "U+" and at least four hexadecimal digits ("U+1F600").
    public var codePointText: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The character, its code point and its Unicode name, as messages quote it:
    /// `"😀" (U+1F600 GRINNING FACE)`.
    public var quotedForUser: String {
        "\"\(Character(self))\" (\(codePointText)\(properties.name.map { " " + $0 } ?? ""))"
    }
}
