import Foundation
import Testing

/// The pixel size of a PNG file, read from its header.
public enum PNGHeader {
    /// Width and height from the IHDR chunk (bytes 16–23, big-endian), after checking the PNG signature.
    /// - Parameter url: the PNG file.
    /// - Returns: the width and height in pixels.
    /// - Throws: when the file cannot be read or is not a PNG (the failure is recorded).
    public static func size(of url: URL) throws -> (width: Int, height: Int) {
        let data = try Data(contentsOf: url)
        try #require(data.count > 24 && data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
                     "\(url.lastPathComponent) is not a PNG")
        func bigEndian32(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian32(16), bigEndian32(20))
    }
}
