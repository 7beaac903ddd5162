import CGLib
import Foundation

/// The SHA-256 fingerprint of an input file, printed on every page so a report can be traced to
/// the exact bytes it was made from.
///
/// Uses GLib's `GChecksum` (already linked through Pango). O(n) in the file size.
enum InputDigest {
    /// Lower-case hex SHA-256 of `data`.
    static func sha256(_ data: Data) -> String {
        data.withUnsafeBytes { raw -> String in
            let base = raw.bindMemory(to: guchar.self).baseAddress
            guard let cString = g_compute_checksum_for_data(G_CHECKSUM_SHA256, base, gsize(raw.count)) else { return "" }
            defer { g_free(cString) }
            return String(cString: cString)
        }
    }
}
