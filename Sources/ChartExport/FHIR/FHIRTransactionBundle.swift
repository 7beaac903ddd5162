import Foundation

/// A FHIR R4 transaction `Bundle` holding the report's DocumentReference and DiagnosticReport.
///
/// Each entry is a conditional create (`POST` with `ifNoneExist` on the instance identifier), so
/// sending the same file twice files the report once.
public struct FHIRTransactionBundle: Encodable, Sendable {
    public struct Request: Encodable, Sendable, Equatable {
        public var method = "POST"
        public var url: String
        public var ifNoneExist: String
    }

    /// A resource of the bundle.
    public enum Resource: Encodable, Sendable {
        case documentReference(FHIRDocumentReference)
        case diagnosticReport(FHIRDiagnosticReport)

        public func encode(to encoder: Encoder) throws {
            switch self {
            case .documentReference(let r): try r.encode(to: encoder)
            case .diagnosticReport(let r): try r.encode(to: encoder)
            }
        }
    }

    public struct Entry: Encodable, Sendable {
        public var fullUrl: String
        public var resource: Resource
        public var request: Request
    }

    public var resourceType = "Bundle"
    public var id: String
    public var type = "transaction"
    public var entry: [Entry]

    /// The bundle of `document`.
    /// - Parameters:
    ///   - document: the report and its identity.
    ///   - identity: its UIDs.
    ///   - replaces: the instance UID of the revision it supersedes, if any.
    public init(_ document: ChartDocument, identity: DocumentIdentity, replaces: String?) {
        let instance = "\(FHIR.uriSystem)|urn:oid:\(identity.instanceUID.value)"
        id = "bundle-" + identity.instanceUID.value
        entry = [
            Entry(fullUrl: "urn:uuid:" + Self.uuid("DocumentReference", identity),
                  resource: .documentReference(FHIRDocumentReference(document, identity: identity, replaces: replaces)),
                  request: Request(url: "DocumentReference", ifNoneExist: "identifier=\(instance)")),
            Entry(fullUrl: "urn:uuid:" + Self.uuid("DiagnosticReport", identity),
                  resource: .diagnosticReport(FHIRDiagnosticReport(document, identity: identity)),
                  request: Request(url: "DiagnosticReport", ifNoneExist: "identifier=\(instance)")),
        ]
    }

    /// A UUID (version 8, RFC 9562) made from the resource type and the instance UID.
    static func uuid(_ resourceType: String, _ identity: DocumentIdentity) -> String {
        var bytes = ChartDigest.sha256(Data("\(resourceType)|\(identity.instanceUID.value)".utf8))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.prefix(16).map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
