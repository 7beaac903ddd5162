import CPDFNumberFormat

/// Proof that Cairo's PDF numbers are formatted by CFixedPoint's fast path.
///
/// Cairo 1.16 prints every coordinate of a PDF page with snprintf("%f" / "%.*f"); glibc's exact
/// multi-precision float printing was 13 % of a batch's instructions. The `CPDFNumberFormat`
/// target replaces `__snprintf_chk` in the executable (ELF symbol interposition) and answers
/// those formats with an exact 128-bit integer computation giving glibc's digits; all other
/// formats go to glibc.
public enum PDFNumberFormat {
    /// Calls of snprintf in this process answered by the fast path (Cairo's, while writing PDFs).
    public static var answered: Int { hcc_fixed_formats_answered() }
}
