/// Why a chart document (DICOM or FHIR) was not written. The description is a sentence for the user.
public enum ChartExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--uid-root` is not a usable UID prefix.
    case invalidUIDRoot(String, reason: String)
    /// A value the format cannot carry (too long, a delimiter inside, …): `field` names it in the case's terms.
    case unrepresentable(format: String, field: String, reason: String)

    public var description: String {
        switch self {
        case .invalidUIDRoot(let root, let reason):
            return "--uid-root \"\(root)\" cannot be used: \(reason). Give your organisation's registered UID root (digits and dots, at most \(UIDRoot.maximumLength) characters), or leave it out to use 2.25 (UUID-derived UIDs)."
        case .unrepresentable(let format, let field, let reason):
            return "\(field) cannot be written into \(format): \(reason)"
        }
    }
}
