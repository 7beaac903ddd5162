import Formatting
import Testing

/// RFC 4180 quoting of one field.
@Suite struct CSVFieldTests {
    @Test func leavesAPlainFieldAsItIs() {
        #expect(CSVField.quoted("HCC-2025-0001") == "HCC-2025-0001")
        #expect(CSVField.quoted("") == "")
        #expect(CSVField.quoted("Müller; 王伟") == "Müller; 王伟")
    }

    @Test(arguments: [("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""), ("line\nbreak", "\"line\nbreak\""),
                      ("cr\ronly", "\"cr\ronly\""), ("crlf\r\nbreak", "\"crlf\r\nbreak\""), ("\r\n", "\"\r\n\"")])
    func quotesAFieldWithACommaQuoteOrLineBreak(field: String, quoted: String) {
        #expect(CSVField.quoted(field) == quoted)
    }
}
