import CZlib

/// zlib (`/FlateDecode`) compression of PDF streams.
enum FlateEncoding {
    /// The zlib level for every stream: 1, zlib's fastest. Levels 6 (zlib's default) and 9 make
    /// the reports a few per cent smaller for several times the time.
    static let level: Int32 = 1

    /// `bytes` compressed as one zlib stream (RFC 1950) at `level`. O(n).
    ///
    /// The window and hash table are sized to the input (a 2 KB stream needs no 32 KB window, and
    /// zlib clears the whole hash table of every stream it starts), which gives the same
    /// compression for small streams at a fraction of the set-up.
    /// - Parameter bytes: the stream's data.
    /// - Returns: the compressed data, or `nil` if zlib fails (out of memory).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var windowBits: Int32 = 9
        while windowBits < 15, 1 << windowBits < bytes.count { windowBits += 1 }
        let memoryLevel = max(1, min(8, windowBits - 7))
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(bytes.count)))
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            bytes.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(capacity)
                status = deflate(&stream, Z_FINISH)
            }
            count = status == Z_STREAM_END ? Int(stream.total_out) : 0
        }
        return status == Z_STREAM_END ? output : nil
    }
}
