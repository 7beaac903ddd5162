import ClinicalModel
import Formatting

/// Interprets one patient document (a `SourceNode` mapping) as a `PatientCase`, collecting every
/// error and warning with its key path and line instead of stopping at the first.
///
/// Used once per patient; not shared between threads. O(n) in the number of nodes.
struct CaseDecoder {
    let source: String
    let limits: CaseReaderLimits
    let required: RequiredLesionInputs
    let printable: PrintableCharacters
    private(set) var errors: [CaseReadError] = []
    private(set) var warnings: [InputWarning] = []
    /// The patient ID and name as read from the patient block, also when the case has errors.
    var identity: (id: String?, name: String?) = (nil, nil)
    private var suppressedErrors = 0
    /// Names of places for sources that are not text (`CaseDocument.placeNames`); `nil` for a file with lines.
    let placeNames: [String]?

    init(source: String, limits: CaseReaderLimits, required: RequiredLesionInputs, placeNames: [String]? = nil,
         printable: PrintableCharacters = .unrestricted) {
        self.source = source
        self.limits = limits
        self.required = required
        self.placeNames = placeNames
        self.printable = printable
    }

    /// "lines 3 and 7", or the two places' names ("lesions!G3 and lesions!G7") for a source without lines.
    func twoPlaces(_ first: Int, _ second: Int) -> String {
        guard let placeNames else { return "lines \(first) and \(second)" }
        func name(_ index: Int) -> String { placeNames.indices.contains(index - 1) ? placeNames[index - 1] : "?" }
        return "\(name(first)) and \(name(second))"
    }

    /// Records an error, up to `limits.maxErrorsPerCase`; later ones are counted and summarised.
    mutating func fail(_ kind: CaseReadError.Kind, _ path: String, line: Int?, _ message: String) {
        guard errors.count < limits.maxErrorsPerCase else { suppressedErrors += 1; return }
        errors.append(CaseReadError(source: source, line: line, keyPath: path, kind: kind, message: message))
    }

    /// Records a warning for the report.
    mutating func warn(_ path: String, line: Int?, _ message: String) {
        warnings.append(InputWarning(keyPath: path, line: line, message: message))
    }

    /// Appends the "… more problems" error when errors were suppressed.
    mutating func finishErrors() {
        guard suppressedErrors > 0 else { return }
        errors.append(CaseReadError(source: source, line: nil, keyPath: "", kind: .tooManyErrors,
                                    message: "\(suppressedErrors) more problems in this patient were not listed; fix the ones above first"))
        suppressedErrors = 0
    }

    // MARK: - Paths

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
    static func join(_ path: String, _ index: Int) -> String { "\(path)[\(index)]" }

    // MARK: - Mappings

    /// The entries of a mapping, checked against the keys allowed at that level.
    struct Fields {
        let path: String
        let line: Int
        private let values: [String: SourceEntry]

        init(path: String, line: Int, entries: [SourceEntry]) {
            self.path = path
            self.line = line
            var values: [String: SourceEntry] = [:]
            for entry in entries where values[entry.key] == nil { values[entry.key] = entry }
            self.values = values
        }

        /// The value of `key`, or `nil` when absent or written as null.
        subscript(key: String) -> SourceNode? {
            guard let node = values[key]?.value, !node.isNull else { return nil }
            return node
        }

        /// Line of `key` itself, when present.
        func keyLine(_ key: String) -> Int? { values[key]?.keyLine }

        /// Whether `key` holds a non-null value.
        func has(_ key: String) -> Bool { self[key] != nil }

        /// Key path of `key` in this mapping.
        func path(_ key: String) -> String { CaseDecoder.join(path, key) }
    }

    /// Opens `node` as a mapping whose keys must be in `allowed`; reports unknown keys with a suggestion.
    /// - Returns: `nil` (after an error) when `node` is not a mapping.
    mutating func open(_ node: SourceNode, at path: String, allowed: [String], what: String) -> Fields? {
        guard case .mapping(let entries) = node.content else {
            fail(.wrongType, path, line: node.line, "expected \(what) (keys such as \(allowed.prefix(3).joined(separator: ", "))), found \(node.foundDescription)")
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            let keyPath = Self.join(path, entry.key)
            if entry.key == "<<" {
                fail(.unknownKey, keyPath, line: entry.keyLine, "YAML merge keys (<<) are not supported; write the keys out")
            } else if let suggestion = KeySuggestion.closest(to: entry.key, among: allowed) {
                fail(.unknownKey, keyPath, line: entry.keyLine, "unknown key \"\(entry.key)\"; did you mean \"\(suggestion)\"?")
            } else {
                fail(.unknownKey, keyPath, line: entry.keyLine, "unknown key \"\(entry.key)\"; the keys allowed here are \(allowed.joined(separator: ", "))")
            }
        }
        return Fields(path: path, line: node.line, entries: entries)
    }

    // MARK: - Scalars

    /// The text of a scalar (plain or quoted); `nil` after an error for a list or mapping, or for
    /// text holding a control character other than tab and line breaks (e.g. a NUL written as
    /// `\u0000` in JSON or `\0` in YAML): printing stops at a NUL, which could cut a patient ID short.
    mutating func text(_ node: SourceNode, at path: String, what: String = "a text") -> String? {
        guard case .scalar(let text, _) = node.content else {
            fail(.wrongType, path, line: node.line, "expected \(what), found \(node.foundDescription)")
            return nil
        }
        if let control = text.unicodeScalars.first(where: Self.isForbiddenControl) {
            fail(.invalidEncoding, path, line: node.line,
                 "the text contains the control character \(control.codePointText), which cannot be printed and would hide what follows it; remove it")
            return nil
        }
        if let bidi = text.unicodeScalars.first(where: Self.isBidirectionalControl) {
            fail(.invalidEncoding, path, line: node.line,
                 "the text contains the bidirectional control character \(bidi.codePointText), which can make the printed text read differently from what was entered; remove it")
            return nil
        }
        if let missing = printable.firstUnprintable(in: text) {
            fail(.unprintableCharacter, path, line: node.line,
                 "the character \(missing.quotedForUser) is in none of the report's fonts, so it would be missing from the printed report; write it with other characters (for a name, as in the passport) or remove it")
            return nil
        }
        return text
    }

    /// Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
    /// they reorder how the text is displayed, so a printed ID could read as another patient's
    /// ("Trojan Source"). Right-to-left letters themselves are fine.
    private static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// C0 and C1 control characters except tab, line feed and carriage return.
    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// The value of `key`, which `fields` must have; `nil` after a missing-value error when it is
    /// absent (or written as null).
    /// - Parameters:
    ///   - key: the required key.
    ///   - fields: the mapping that must hold it.
    ///   - sentence: the error's sentence, e.g. "missing; every follow-up needs its date".
    /// - Returns: the key's value, `nil` when it is missing.
    mutating func required(_ key: String, in fields: Fields, missing sentence: String) -> SourceNode? {
        guard let node = fields[key] else {
            fail(.missingValue, fields.path(key), line: fields.line, sentence)
            return nil
        }
        return node
    }

    /// An identifier: any non-empty scalar, numbers taken as their text (`12345` → "12345").
    mutating func identifier(_ node: SourceNode, at path: String) -> String? {
        guard let text = text(node, at: path, what: "an identifier") else { return nil }
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            fail(.missingValue, path, line: node.line, "the identifier is empty")
            return nil
        }
        return trimmed
    }

    /// A number in `quantity`'s unit and range.
    ///
    /// Accepts decimal notation with optional sign, fraction and exponent (`17.42`, `-3`, `1.5e2`;
    /// leading zeros are decimal); refuses quoted numbers, decimal commas, NaN, infinities and
    /// values that overflow a Double (`1e400`).
    mutating func number(_ node: SourceNode, at path: String, _ quantity: Quantity) -> Double? {
        guard case .scalar(let raw, let quoted) = node.content, !quoted else {
            fail(.wrongType, path, line: node.line, "expected \(quantity.expectation), found \(node.foundDescription)")
            return nil
        }
        let written = raw.trimmingSpaces
        switch PlainDecimal.parse(written) {
        case .number(let value):
            if let violation = quantity.rangeViolation(value, written: written) {
                fail(.outOfRange, path, line: node.line, violation)
                return nil
            }
            return value
        case .notANumber:
            fail(.outOfRange, path, line: node.line, "expected \(quantity.expectation), found \(written) (not a number)")
        case .infinite:
            fail(.outOfRange, path, line: node.line, "expected \(quantity.expectation), found \(written) (infinite)")
        case .overflow:
            fail(.outOfRange, path, line: node.line, "expected \(quantity.expectation), found \(written) (too large to be a measurement)")
        case .invalid:
            // "17,4": a decimal comma from a spreadsheet; say how to write it.
            let pointed = written.replacingOccurrences(of: ",", with: ".")
            let hint = written.filter({ $0 == "," }).count == 1 && PlainDecimal.parse(pointed).value != nil
                ? " — write decimals with a point: \(pointed)" : ""
            fail(.wrongType, path, line: node.line, "expected \(quantity.expectation), found \"\(written)\"\(hint)")
        }
        return nil
    }

    /// An integer that must be one of `allowed` (phantom 16/32, schema version).
    mutating func integer(_ node: SourceNode, at path: String, allowed: [Int], unit: String) -> Int? {
        let written: String
        if case .scalar(let raw, false) = node.content { written = raw.trimmingSpaces } else { written = "" }
        if case .number(let value) = PlainDecimal.parse(written), let integer = Int(exactly: value), allowed.contains(integer) {
            return integer
        }
        let choices = allowed.map(String.init).joined(separator: " or ")
        let shown = written.isEmpty ? node.foundDescription : written
        fail(written.isEmpty ? .wrongType : .outOfRange, path, line: node.line,
             "expected \(choices)\(unit.isEmpty ? "" : " (\(unit))"), found \(shown)")
        return nil
    }

    /// `true`/`false` (also `yes`/`no`, any capitalisation of the first letter or all capitals):
    /// `YAMLCoreScalar.caseFileBoolean`.
    mutating func boolean(_ node: SourceNode, at path: String) -> Bool? {
        if case .scalar(let raw, false) = node.content, let value = YAMLCoreScalar.caseFileBoolean(raw.trimmingSpaces) {
            return value
        }
        fail(.wrongType, path, line: node.line, "expected true or false, found \(node.foundDescription)")
        return nil
    }

    /// A calendar date `YYYY-MM-DD` (plain or quoted).
    mutating func date(_ node: SourceNode, at path: String) -> CalendarDate? {
        guard case .scalar(let raw, _) = node.content else {
            fail(.wrongType, path, line: node.line, "expected a date written YYYY-MM-DD, found \(node.foundDescription)")
            return nil
        }
        let written = raw.trimmingSpaces
        if let date = CalendarDate(iso: written) { return date }
        let shape = written.unicodeScalars.map { ("0"..."9").contains($0) ? "9" : String($0) }.joined()
        if shape == "9999-99-99" {
            fail(.invalidDate, path, line: node.line, "found \(written), which is not a real date")
        } else {
            fail(.invalidDate, path, line: node.line, "expected a date written YYYY-MM-DD, found \"\(written)\"")
        }
        return nil
    }

    /// One of an enumeration's raw values; matched ignoring letter case.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: SourceNode, at path: String,
                                                                  _ type: Value.Type) -> Value? where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        if case .scalar(let raw, _) = node.content {
            let written = raw.trimmingSpaces
            if let value = Value(rawValue: written) ?? Value.allCases.first(where: { $0.rawValue.lowercased() == written.lowercased() }) {
                return value
            }
        }
        fail(.unknownValue, path, line: node.line, "expected one of \(allowed.joined(separator: ", ")), found \(node.foundDescription)")
        return nil
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
