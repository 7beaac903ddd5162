import CGLib
import Foundation

/// SHA-1 and SHA-256 of bytes, by GLib's `GChecksum` (linked already through Pango).
enum ChartDigest {
    /// The raw digest of `data`.
    /// - Parameters:
    ///   - data: the bytes.
    ///   - type: `G_CHECKSUM_SHA1` or `G_CHECKSUM_SHA256`.
    static func digest(_ data: Data, _ type: GChecksumType) -> [UInt8] {
        guard let checksum = g_checksum_new(type) else { return [] }
        defer { g_checksum_free(checksum) }
        data.withUnsafeBytes { raw in
            if let base = raw.bindMemory(to: guchar.self).baseAddress { g_checksum_update(checksum, base, gssize(raw.count)) }
        }
        var out = [UInt8](repeating: 0, count: Int(g_checksum_type_get_length(type)))
        var length = gsize(out.count)
        out.withUnsafeMutableBufferPointer { g_checksum_get_digest(checksum, $0.baseAddress, &length) }
        return Array(out.prefix(Int(length)))
    }

    /// SHA-1 of `data`, as FHIR's `Attachment.hash` needs it.
    static func sha1(_ data: Data) -> [UInt8] { digest(data, G_CHECKSUM_SHA1) }

    /// SHA-256 of `data`.
    static func sha256(_ data: Data) -> [UInt8] { digest(data, G_CHECKSUM_SHA256) }
}
