/// The bytes of a PDF file being assembled: numbered objects, their offsets, and the closing
/// cross-reference table and trailer.
///
/// Object numbers are handed out with `reserve()` before an object is written, so objects can
/// refer to each other in any order; `finish` writes a classic `xref` table and a trailer with
/// the file identifier PDF/A asks for.
struct PDFObjectFile {
    /// Everything written so far.
    private(set) var output = PDFBytes(capacity: 1 << 17)
    /// Byte offset of each object by number (index 0 unused; -1 until written).
    private var offsets: [Int] = [0]
    /// The stream compressor (`nil` only when libdeflate could not allocate one: streams are
    /// then written uncompressed).
    private let compressor: FlateCompressor?

    /// - Parameter compressor: the thread's compressor (`PDFFontSubsets.compressor`).
    init(compressor: FlateCompressor?) {
        self.compressor = compressor
        output.append("%PDF-1.7\n%")
        // A comment with bytes above 127 marks the file as binary for transfer programs (and four
        // such bytes are what PDF/A's 6.1.2 asks for).
        output.append(bytes: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    /// A new object number.
    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Writes object `number` whose body `body` appends (a dictionary, array, …).
    mutating func write(_ number: Int, _ body: (inout PDFBytes) -> Void) {
        begin(number)
        body(&output)
        output.append("\nendobj\n")
    }

    /// Writes object `number` as a stream: `dictionary` appends the entries besides `/Length`
    /// and `/Filter` (without the `<<` `>>`); `data` is compressed with `FlateCompressor`
    /// unless compression does not make it smaller.
    mutating func writeStream(_ number: Int, data: [UInt8], dictionary: (inout PDFBytes) -> Void = { _ in }) {
        if let compressed = compressor?.compress(data), compressed.count < data.count {
            writeStream(number, payload: compressed, compressed: true, dictionary: dictionary)
        } else {
            writeStream(number, payload: data, compressed: false, dictionary: dictionary)
        }
    }

    /// Writes object `number` as a stream of `data` as is (XMP metadata, which PDF/A readers and
    /// file scanners expect to find uncompressed).
    mutating func writeUncompressedStream(_ number: Int, data: [UInt8], dictionary: (inout PDFBytes) -> Void) {
        writeStream(number, payload: data, compressed: false, dictionary: dictionary)
    }

    /// Writes object `number` as a stream of already Flate-compressed `compressed` bytes.
    mutating func writeCompressedStream(_ number: Int, compressed: [UInt8], dictionary: (inout PDFBytes) -> Void) {
        writeStream(number, payload: compressed, compressed: true, dictionary: dictionary)
    }

    private mutating func writeStream(_ number: Int, payload: [UInt8], compressed: Bool,
                                      dictionary: (inout PDFBytes) -> Void) {
        begin(number)
        output.append("<<")
        dictionary(&output)
        if compressed { output.append("/Filter/FlateDecode") }
        output.append("/Length ")
        output.append(integer: payload.count)
        output.append(">>\nstream\n")
        output.append(bytes: payload)
        output.append("\nendstream\nendobj\n")
    }

    private mutating func begin(_ number: Int) {
        offsets[number] = output.count
        output.append(integer: number)
        output.append(" 0 obj\n")
    }

    /// Appends the cross-reference table and trailer and returns the whole file.
    ///
    /// The trailer's `/ID` is two copies of the MD5 digest of every object written, as ISO
    /// 32000-1, 14.4 suggests: the same pages and metadata give the same identifier, so a
    /// reproducible document stays byte-identical.
    /// - Parameters:
    ///   - root: the catalog's object number.
    ///   - info: the document information dictionary's object number.
    /// - Returns: the file's bytes; objects reserved but never written are listed as free.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        let identifier = output.md5Hex
        let start = output.count
        output.append("xref\n0 ")
        output.append(integer: offsets.count)
        output.append("\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            if offset < 0 {
                output.append("0000000000 65535 f \n")
            } else {
                let digits = String(offset)
                output.append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
            }
        }
        output.append("trailer\n<</Size ")
        output.append(integer: offsets.count)
        output.append("/Root ")
        output.append(integer: root)
        output.append(" 0 R/Info ")
        output.append(integer: info)
        output.append(" 0 R/ID[<")
        output.append(identifier)
        output.append("><")
        output.append(identifier)
        output.append(">]>>\nstartxref\n")
        output.append(integer: start)
        output.append("\n%%EOF\n")
        return output.bytes
    }
}
