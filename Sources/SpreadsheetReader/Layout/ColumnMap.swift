import ClinicalModel
import Foundation
import Yams

/// A centre's names for sheets, columns and values, read once from a small YAML file
/// (`--columns map.yaml`), so that a workbook with German or Chinese headers, units in the
/// headers or a "ja/nein" vocabulary reads like the default layout.
///
/// ```yaml
/// sheets:  {lesions: Läsionen, followup: Verlauf, dose: Dosis}
/// columns:
///   lesions: {"Patienten-ID": patient_id, "Größe [mm]": size_mm, "Bemerkung": ignore}
///   followup: {"Patienten-ID": patient_id, "Datum": date}
/// values:
///   sex: {m: male, w: female}
///   "*": {ja: "yes", nein: "no"}
/// protocols: {"Leber 4D": perfusion}   # dose reports: protocol-name fragment → series kind
/// ```
/// Header and value matching ignores letter case and surrounding spaces. A column mapped to
/// `ignore` is not read.
public struct ColumnMap: Sendable, Hashable {
    /// Sheet name in the workbook (or CSV file-name ending) for each sheet kind.
    var sheetNames: [SheetKind: String] = [:]
    /// Per sheet: header as written (normalised) → default column name or dotted field path.
    var headers: [SheetKind: [String: String]] = [:]
    /// Per column name (or `*` for all): value as written (normalised) → value in the case-file vocabulary.
    var values: [String: [String: String]] = [:]
    /// The site's rules for dose reports: a protocol-name fragment and the series kind it means
    /// (`protocols: {"Liver 4D": perfusion}`), checked before the built-in rules.
    public private(set) var protocolKinds: [(fragment: String, kind: DoseSeries.Kind)] = []

    public static func == (lhs: ColumnMap, rhs: ColumnMap) -> Bool {
        lhs.sheetNames == rhs.sheetNames && lhs.headers == rhs.headers && lhs.values == rhs.values
            && lhs.protocolKinds.map(\.fragment) == rhs.protocolKinds.map(\.fragment) && lhs.protocolKinds.map(\.kind) == rhs.protocolKinds.map(\.kind)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sheetNames)
        hasher.combine(headers)
        hasher.combine(values)
        for rule in protocolKinds { hasher.combine(rule.fragment); hasher.combine(rule.kind) }
    }

    /// The default layout: the sheet and column names of the README's contract.
    public init() {}

    /// The workbook's name for a sheet.
    public func sheetName(_ kind: SheetKind) -> String { sheetNames[kind] ?? kind.rawValue }

    /// The default column name (or field path) of a header, after the map.
    func columnName(forHeader header: String, in kind: SheetKind) -> String {
        headers[kind]?[Self.normalise(header)] ?? header.trimmingCharacters(in: .whitespaces)
    }

    /// A text cell's value after the map's vocabulary for `column`.
    func value(_ written: String, column: String) -> String {
        let key = Self.normalise(written)
        return values[column]?[key] ?? values["*"]?[key] ?? written
    }

    static func normalise(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// Reads a column map file.
    /// - Parameter url: The YAML file.
    /// - Throws: `SpreadsheetError` (kind `.columnMap`) naming the file and the key that is wrong.
    public static func load(_ url: URL) throws(SpreadsheetError) -> ColumnMap {
        let source = url.relativePath
        func problem(_ message: String) -> SpreadsheetError { SpreadsheetError(source: source, kind: .columnMap, message: message) }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else {
            throw problem("the column map cannot be read (missing, larger than 1 MiB or not UTF-8 text)")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic) } catch { throw problem("the column map is not valid YAML: \(error)") }
        guard let mapping = root?.mapping else { throw problem("the column map must be a group of keys: sheets, columns, values") }
        var map = ColumnMap()
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "sheets":
                for (kind, sheet) in try pairs(value, at: "sheets", problem) {
                    guard let sheetKind = SheetKind(rawValue: kind) else {
                        throw problem("sheets: \"\(kind)\" is not a sheet of the layout; the sheets are lesions, followup and dose")
                    }
                    map.sheetNames[sheetKind] = sheet
                }
            case "columns":
                guard let sheets = value.mapping else { throw problem("columns: expected one group of \"header: column\" pairs per sheet (lesions, followup, dose)") }
                for (sheetKey, headers) in sheets {
                    guard let kind = sheetKey.string.flatMap(SheetKind.init(rawValue:)) else {
                        throw problem("columns: \"\(sheetKey.string ?? "?")\" is not a sheet of the layout; the sheets are lesions, followup and dose")
                    }
                    for (header, column) in try pairs(headers, at: "columns.\(kind.rawValue)", problem) {
                        map.headers[kind, default: [:]][normalise(header)] = column
                    }
                }
            case "values":
                guard let columns = value.mapping else { throw problem("values: expected one group of \"written: value\" pairs per column (or \"*\" for every column)") }
                for (columnKey, words) in columns {
                    let column = columnKey.string ?? ""
                    for (written, meant) in try pairs(words, at: "values.\(column)", problem) {
                        map.values[column, default: [:]][normalise(written)] = meant
                    }
                }
            case "protocols":
                for (fragment, kind) in try pairs(value, at: "protocols", problem) {
                    guard let seriesKind = DoseSeries.Kind(rawValue: kind) else {
                        throw problem("protocols: \"\(fragment)\" is mapped to \"\(kind)\"; the series kinds are \(DoseSeries.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    map.protocolKinds.append((fragment, seriesKind))
                }
            default:
                throw problem("unknown key \"\(name)\"; a column map has sheets, columns, values and protocols")
            }
        }
        return map
    }

    private static func pairs(_ node: Node, at path: String, _ problem: (String) -> SpreadsheetError) throws(SpreadsheetError) -> [(String, String)] {
        guard let mapping = node.mapping else { throw problem("\(path): expected a group of \"name: value\" pairs") }
        var result: [(String, String)] = []
        for (key, value) in mapping {
            guard let k = key.string, let v = value.string else { throw problem("\(path): each entry must be a name and a value, both text") }
            result.append((k, v))
        }
        return result
    }
}
