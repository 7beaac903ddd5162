import Formatting
import Testing

/// "Did you mean": one rule for case-file keys, model-file keys and lesion field paths.
@Suite struct KeySuggestionTests {
    let allowed = ["size_mm", "arterial.nic_percent", "perfusion.ps", "intercept"]

    @Test func suggestsTheClosestNameWithinAThirdOfItsLength() {
        #expect(KeySuggestion.closest(to: "arterial.nic_percnt", among: allowed) == "arterial.nic_percent")
        #expect(KeySuggestion.closest(to: "perfusion.pss", among: allowed) == "perfusion.ps")
    }

    /// Model files and lesion paths used to compare case-sensitively; the case reader's rule (ignore case,
    /// `_`, `-` and spaces first) now holds for all three.
    @Test func ignoresCaseUnderscoresHyphensAndSpacesFirst() {
        #expect(KeySuggestion.closest(to: "Intercept", among: allowed) == "intercept")
        #expect(KeySuggestion.closest(to: "SIZE-MM", among: allowed) == "size_mm")
        #expect(KeySuggestion.closest(to: "sizeMm", among: allowed) == "size_mm")
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(KeySuggestion.closest(to: "weight", among: allowed) == nil)
        #expect(KeySuggestion.closest(to: "", among: []) == nil)
    }

    @Test func countsEditsByUnicodeScalar() {
        #expect(KeySuggestion.levenshtein("kitten", "sitting") == 3)
        #expect(KeySuggestion.levenshtein("", "abc") == 3)
        #expect(KeySuggestion.levenshtein("λHU", "λhu") == 2)
    }
}
