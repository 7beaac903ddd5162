import CaseReader
import Formatting
import Foundation
import Testing

@Suite struct PrintableCharactersTests {
    /// ASCII and the CJK block, as a font backend would report them.
    let set = PrintableCharacters(ranges: [0x20...0x7E, 0x4E00...0x9FFF])

    @Test func membershipFollowsTheRanges() {
        #expect(set.contains("A"))
        #expect(set.contains("王"))
        #expect(!set.contains("é"))
        #expect(!set.contains("😀"))
        // Tab, line breaks and characters without a glyph of their own are always accepted.
        for scalar: Unicode.Scalar in ["\t", "\n", "\r", "\u{200D}", "\u{FE0F}", "\u{2068}"] { #expect(set.contains(scalar)) }
        #expect(PrintableCharacters.unrestricted.contains("😀"))
    }

    @Test func theFirstUnprintableCharacterIsFoundAndQuotedWithItsCodePointAndName() throws {
        let missing = try #require(set.firstUnprintable(in: "Wang 王 😀 é"))
        #expect(missing == "😀")
        #expect(missing.quotedForUser == "\"😀\" (U+1F600 GRINNING FACE)")
        #expect(Unicode.Scalar(0x41)!.codePointText == "U+0041")
        #expect(set.firstUnprintable(in: "Wang 王") == nil)
        #expect(set.printableText("Anna 😀 é") == "Anna [U+1F600] [U+00E9]")
    }

    @Test func aReaderWithTheFontsRefusesTextItCannotPrint() {
        let reader = CaseFileReader(printable: set)
        let result = CaseText.read(CaseText.replacing("  id: P1", with: "  id: P1\n  name: \"Anna 😀\""), reader: reader)
        #expect(result.cases.isEmpty)
        #expect(result.errors.map(\.description) == [
            "p.yaml:3: patient.name: the character \"😀\" (U+1F600 GRINNING FACE) is in none of the report's fonts, so it would be missing from the printed report; write it with other characters (for a name, as in the passport) or remove it",
        ])
        #expect(result.errors.first?.kind == .unprintableCharacter)
        // Without the fonts' set (scoring only), the same file is read.
        #expect(CaseText.read(CaseText.replacing("  id: P1", with: "  id: P1\n  name: \"Anna 😀\"")).cases.count == 1)
    }
}
