/// File and part sizes as messages print them, in binary units: "300 bytes", "512 KiB", "2.5 MiB", "1 GiB".
public enum ByteCount {
    /// `bytes` in the largest unit it reaches: whole bytes and KiB, and MiB or GiB with at most one
    /// decimal, so a file just above a limit never prints as the limit ("2.1 MiB, larger than the 2 MiB
    /// limit").
    /// - Parameter bytes: The size.
    /// - Returns: The text.
    public static func text(_ bytes: some BinaryInteger) -> String {
        let bytes = UInt64(clamping: bytes)
        if bytes >= 1 << 30 { return ReportNumber.shortest(Double(bytes) / Double(1 << 30), maxDecimals: 1) + " GiB" }
        if bytes >= 1 << 20 { return ReportNumber.shortest(Double(bytes) / Double(1 << 20), maxDecimals: 1) + " MiB" }
        if bytes >= 1 << 10 { return "\((bytes + 512) >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
