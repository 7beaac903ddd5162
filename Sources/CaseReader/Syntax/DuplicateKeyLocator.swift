/// Finds the second occurrence of a duplicated YAML key, because Yams reports only the first.
///
/// Looks in the same mapping: lines after the first occurrence whose content starts at the same
/// column, stopping at the first line that starts further left (the mapping has ended); for flow
/// mappings (`{a: 1, a: 2}`) the rest of the first line is searched. O(lines).
enum DuplicateKeyLocator {
    /// - Parameters:
    ///   - key: The duplicated key.
    ///   - firstLine: 1-based line of the first occurrence.
    ///   - column: 1-based column of the first occurrence.
    ///   - text: The whole file.
    /// - Returns: The 1-based line of the second occurrence, or `nil` when not found.
    static func secondLine(of key: String, firstLine: Int, column: Int, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard firstLine >= 1, firstLine <= lines.count else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        let first = Array(lines[firstLine - 1].unicodeScalars)
        if first.count > column {
            let rest = String(String.UnicodeScalarView(first[column...]))
            for spelling in spellings {
                for prefix in [", ", ",", "{ ", "{"] where rest.contains(prefix + spelling + ":") { return firstLine }
            }
        }
        for index in firstLine..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard let start = scalars.firstIndex(where: { $0 != " " }) else { continue }
            if scalars[start] == "#" { continue }
            if start + 1 < column { return nil }
            guard start + 1 == column else { continue }
            let content = String(String.UnicodeScalarView(scalars[start...]))
            for spelling in spellings where content.hasPrefix(spelling) {
                let after = content.dropFirst(spelling.count).drop { $0 == " " }
                if after.hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }
}
