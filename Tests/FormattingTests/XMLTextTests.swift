import Formatting
import Testing

@Suite struct XMLTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(XMLText.escaped("A<B & \"C\" 'D'>") == "A&lt;B &amp; &quot;C&quot; &apos;D&apos;&gt;")
    }

    @Test func charactersXMLCannotCarryBecomeSpacesAndOthersStay() {
        #expect(XMLText.escaped("a\u{1}b\u{FFFE}c\td\ne\r") == "a b c\td\ne\r")
        #expect(XMLText.escaped("تقرير 王小明 /usr/share/fonts") == "تقرير 王小明 /usr/share/fonts")
    }
}
