/// Safety limits applied while reading a workbook or CSV file.
///
/// A coordinator's workbook holds a few hundred to a few thousand rows; the limits are far above
/// that and exist so that a wrong or hostile file (a zip bomb, a part that unpacks to a gigabyte,
/// a sheet of a million empty rows) is refused quickly with a sentence instead of exhausting memory.
public struct SpreadsheetLimits: Sendable, Hashable {
    /// Largest workbook or CSV file accepted, bytes; checked before it is opened. Default 32 MiB.
    public var maxFileBytes: Int
    /// Largest unpacked size of one part of a workbook (a sheet, the shared strings), bytes;
    /// checked against the declared size before unpacking and counted while unpacking. Default 64 MiB.
    public var maxPartBytes: Int
    /// Highest row number read in a sheet. Default 65 536.
    public var maxRows: Int
    /// Highest column read in a sheet (1-based). Default 512.
    public var maxColumns: Int
    /// Most shared strings in a workbook. Default 1 000 000.
    public var maxSharedStrings: Int

    /// Creates limits; every argument has the documented default.
    /// - Parameters:
    ///   - maxFileBytes: Largest accepted file, bytes.
    ///   - maxPartBytes: Largest unpacked workbook part, bytes.
    ///   - maxRows: Highest row number read.
    ///   - maxColumns: Highest column read.
    ///   - maxSharedStrings: Most shared strings.
    public init(maxFileBytes: Int = 32 << 20, maxPartBytes: Int = 64 << 20, maxRows: Int = 65_536,
                maxColumns: Int = 512, maxSharedStrings: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxSharedStrings = maxSharedStrings
    }
}
