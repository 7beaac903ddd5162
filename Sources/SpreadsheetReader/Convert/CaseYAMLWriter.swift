import CaseReader

/// Writes a patient's case tree as a YAML case file (docs/SCHEMA.md, version 1), the same bytes for the
/// same tree: keys in the tree's order (the schema's), two-space indentation, values as the
/// spreadsheet gave them.
///
/// A value is written plain when it is a number, a date, a word or a code (letters, digits,
/// `._+-`), and in double quotes otherwise; identifiers and free text (`id`, `name`, `segment`,
/// …) are always quoted, so no YAML reader takes `00042` for a number or `NO` for false.
public enum CaseYAMLWriter {
    /// Keys whose values are text whatever they look like.
    static let textKeys: Set<String> = ["id", "name", "segment", "scanner", "software", "child_pugh", "bclc", "etiology", "rdsr"]

    /// The case file for `document`.
    /// - Parameters:
    ///   - document: A patient's tree (as `SpreadsheetReader.Reading.documents` holds it).
    ///   - header: Comment lines written first (without `#`).
    /// - Returns: YAML text ending in a line break.
    public static func yaml(for document: CaseDocument, header: [String] = []) -> String {
        var out = header.map { "# \($0)\n" }.joined()
        out += "schema_version: 1\n"
        guard case .mapping(let entries) = document.root.content else { return out }
        for entry in entries { write(entry, indent: 0, into: &out) }
        return out
    }

    private static func write(_ entry: SourceEntry, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch entry.value.content {
        case .scalar(let text, let quoted):
            out += "\(pad)\(entry.key): \(scalar(text, quoted: quoted, key: entry.key))\n"
        case .mapping(let children):
            out += "\(pad)\(entry.key):\n"
            for child in children { write(child, indent: indent + 2, into: &out) }
        case .sequence(let elements):
            out += "\(pad)\(entry.key):\n"
            for element in elements {
                guard case .mapping(let children) = element.content, let first = children.first else { continue }
                var item = ""
                write(first, indent: indent + 4, into: &item)
                out += pad + "  - " + item.dropFirst(indent + 4)
                for child in children.dropFirst() { write(child, indent: indent + 4, into: &out) }
            }
        }
    }

    private static func scalar(_ raw: String, quoted: Bool, key: String) -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let plain = !quoted && !textKeys.contains(key) && !text.isEmpty
            && text.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._+-".unicodeScalars.contains($0) }
            && !["null", "~"].contains(text.lowercased()) && !text.hasPrefix("-") || isNegativeNumber(text, quoted: quoted, key: key)
        return plain ? text : quote(raw)
    }

    private static func isNegativeNumber(_ text: String, quoted: Bool, key: String) -> Bool {
        !quoted && !textKeys.contains(key) && text.hasPrefix("-") && Double(text) != nil
    }

    /// YAML double-quoted text: backslash, quote and control characters escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
