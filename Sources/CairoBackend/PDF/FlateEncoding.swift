import CZlib

/// zlib (`/FlateDecode`) compression of PDF streams.
enum FlateEncoding {
    /// The zlib level for every stream: 1, zlib's fastest. Measured on the bench reports, levels
    /// 6 (zlib's default) and 9 make files a few per cent smaller for several times the time.
    static let level: Int32 = 1

    /// `bytes` compressed as one zlib stream (RFC 1950) at `level`. O(n).
    /// - Parameter bytes: the stream's data.
    /// - Returns: the compressed data, or `nil` if zlib fails (out of memory).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { return nil }
        output.removeSubrange(Int(capacity)...)
        return output
    }
}
