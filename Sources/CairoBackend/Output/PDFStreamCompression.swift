import CPDFCompression

/// The zlib level of the streams in hccreport's PDFs, and proof that it is in effect.
///
/// Cairo 1.16 compresses PDF content streams and font subsets at zlib's default level 6 and
/// has no setting for it; the `CPDFCompression` target replaces zlib's `deflateInit_` in the
/// executable (ELF symbol interposition) so that those streams use level 1 instead: about 6 %
/// larger files for several times less compression work. Callers that ask zlib for a specific
/// level (libpng, for the PNG output) keep their level.
public enum PDFStreamCompression {
    /// The level used where Cairo asks for the default level.
    public static let level = Int(HCC_PDF_DEFLATE_LEVEL)

    /// Deflate streams started in this process through the replacement `deflateInit_`.
    public static var streamsStarted: Int { hcc_deflate_streams_started() }

    /// Of those, the streams that asked for the default level and got `level` instead.
    public static var streamsRelevelled: Int { hcc_deflate_streams_relevelled() }
}
