/// Text written into an XML document (XMP metadata, a fontconfig configuration).
public enum XMLText {
    /// `text` as XML character data or attribute value: `&`, `<`, `>`, `"` and `'` as entities;
    /// control characters XML 1.0 cannot carry (all below U+0020 but tab, LF and CR, and the
    /// noncharacters U+FFFE and U+FFFF) as spaces. O(n).
    /// - Parameter text: the text.
    /// - Returns: the escaped text.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
