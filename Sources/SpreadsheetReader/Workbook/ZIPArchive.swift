import CLibDeflate
import Foundation

/// The members of a ZIP archive (PKWARE APPNOTE 6.3: end of central directory, central directory,
/// local headers), unpacked with libdeflate.
///
/// ZIPFoundation 0.9.20 was tried first and dropped: the fuzzer found it looping forever on a
/// truncated deflate stream (its inflate loop keeps reading empty chunks at the end of the file) and
/// trapping on a seek past the end of an in-memory archive, and a batch tool must neither hang nor
/// crash on a damaged workbook. What a workbook needs is small: stored and deflated members of at
/// most 4 GiB (no ZIP64, no encryption), located through the central directory. Every offset and
/// size is checked against the bytes, a member's declared size is checked against the limit before
/// unpacking, libdeflate unpacks into a buffer of exactly that size (so a member that inflates to
/// more than it declares — a zip bomb with a lying header — fails there), and the CRC-32 is verified.
struct ZIPArchive {
    struct Member {
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// Why an archive or member cannot be read.
    enum Problem: Error {
        /// Not a ZIP archive (no end-of-central-directory record) or a malformed directory.
        case notAZIP(String)
        /// A member is damaged: bad deflate data, wrong size or CRC.
        case damaged(String)
        /// A member declares an unpacked size above the limit.
        case tooLarge(Int)
    }

    private let bytes: [UInt8]
    /// Members by name.
    private(set) var members: [String: Member] = [:]

    /// Reads the central directory.
    /// - Throws: `Problem.notAZIP` with the reason.
    init(data: Data) throws(Problem) {
        bytes = [UInt8](data)
        let end = bytes.count
        guard end >= 22 else { throw .notAZIP("it is too short to be a ZIP archive") }
        var eocd: Int?
        var position = end - 22
        let lowest = max(0, end - 22 - 65_535)
        while position >= lowest {
            if readUInt32(position) == 0x0605_4B50 { eocd = position; break }
            position -= 1
        }
        guard let eocd else { throw .notAZIP("it has no ZIP end-of-central-directory record") }
        let count = Int(readUInt16(eocd + 10))
        let directorySize = Int(readUInt32(eocd + 12))
        let directoryOffset = Int(readUInt32(eocd + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .notAZIP("it is a ZIP64 archive, which no workbook of this size needs")
        }
        guard directoryOffset + directorySize <= eocd else { throw .notAZIP("its central directory lies outside the file") }
        var cursor = directoryOffset
        for _ in 0..<count {
            guard cursor + 46 <= eocd, readUInt32(cursor) == 0x0201_4B50 else { throw .notAZIP("its central directory is damaged") }
            let nameLength = Int(readUInt16(cursor + 28)), extraLength = Int(readUInt16(cursor + 30)), commentLength = Int(readUInt16(cursor + 32))
            guard cursor + 46 + nameLength <= eocd else { throw .notAZIP("its central directory is damaged") }
            let name = String(decoding: bytes[cursor + 46..<cursor + 46 + nameLength], as: UTF8.self)
            members[name] = Member(method: readUInt16(cursor + 10), flags: readUInt16(cursor + 8), crc32: readUInt32(cursor + 16),
                                   compressedSize: Int(readUInt32(cursor + 20)), uncompressedSize: Int(readUInt32(cursor + 24)),
                                   localHeaderOffset: Int(readUInt32(cursor + 42)))
            cursor += 46 + nameLength + extraLength + commentLength
        }
    }

    private func readUInt16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    private func readUInt32(_ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// The unpacked bytes of member `name`, or `nil` when there is none.
    /// - Parameters:
    ///   - name: The member's path.
    ///   - limit: Largest unpacked size accepted.
    /// - Throws: `Problem` when it is larger than `limit` or damaged.
    func extract(_ name: String, limit: Int) throws(Problem) -> Data? {
        guard let member = members[name] else { return nil }
        if member.uncompressedSize > limit { throw .tooLarge(member.uncompressedSize) }
        if member.flags & 0x1 != 0 { throw .damaged("it is encrypted") }
        let header = member.localHeaderOffset
        guard header + 30 <= bytes.count, readUInt32(header) == 0x0403_4B50 else { throw .damaged("its local header is missing") }
        let start = header + 30 + Int(readUInt16(header + 26)) + Int(readUInt16(header + 28))
        guard start + member.compressedSize <= bytes.count else { throw .damaged("its data runs past the end of the file") }
        var output = [UInt8](repeating: 0, count: member.uncompressedSize)
        switch member.method {
        case 0:
            guard member.compressedSize == member.uncompressedSize else { throw .damaged("its stored size does not match") }
            output.replaceSubrange(0..<member.uncompressedSize, with: bytes[start..<start + member.compressedSize])
        case 8:
            guard let decompressor = libdeflate_alloc_decompressor() else { throw .damaged("no memory to unpack it") }
            defer { libdeflate_free_decompressor(decompressor) }
            let result = bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    libdeflate_deflate_decompress(decompressor, input.baseAddress! + start, member.compressedSize,
                                                  out.baseAddress, out.count, nil)
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS: break
            case LIBDEFLATE_INSUFFICIENT_SPACE: throw .damaged("it unpacks to more than the \(member.uncompressedSize) bytes it declares (a zip bomb, or a damaged file)")
            default: throw .damaged("its compressed data is damaged")
            }
        default:
            throw .damaged("it uses compression method \(member.method), which workbooks do not use")
        }
        let crc = output.withUnsafeBufferPointer { UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }
        guard crc == member.crc32 else { throw .damaged("its checksum (CRC-32) does not match") }
        return Data(output)
    }
}
