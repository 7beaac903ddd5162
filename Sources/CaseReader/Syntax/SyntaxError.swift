/// A problem found before the patient documents could be interpreted: encoding, syntax, limits.
struct SyntaxError: Error, Sendable {
    var kind: CaseReadError.Kind
    var line: Int?
    var keyPath: String = ""
    var message: String

    func caseReadError(source: String) -> CaseReadError {
        CaseReadError(source: source, line: line, keyPath: keyPath, kind: kind, message: message)
    }
}
