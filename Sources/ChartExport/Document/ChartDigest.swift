import CLibCrypto
import Foundation

/// SHA-1 and SHA-256 of bytes, by OpenSSL's libcrypto (its vectorised code hashes a report's PDF
/// in a small fraction of what a scalar implementation takes).
enum ChartDigest {
    /// The raw digest of `data` by `algorithm` (`EVP_sha1()` or `EVP_sha256()`).
    static func digest(_ data: Data, _ algorithm: OpaquePointer?) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = data.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { EVP_Digest(raw.baseAddress, raw.count, $0.baseAddress, &length, algorithm, nil) }
        }
        precondition(ok == 1, "libcrypto could not compute a digest")
        return Array(out.prefix(Int(length)))
    }

    /// SHA-1 of `data`, as FHIR's `Attachment.hash` needs it.
    static func sha1(_ data: Data) -> [UInt8] { digest(data, EVP_sha1()) }

    /// SHA-256 of `data`.
    static func sha256(_ data: Data) -> [UInt8] { digest(data, EVP_sha256()) }

    /// Lower-case hexadecimal digits of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
