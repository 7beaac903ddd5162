import Formatting
import Testing

@Suite struct LowercasedFirstTests {
    @Test func aTitleStartsLowerCaseInRunningText() {
        #expect("Probability of NR".lowercasedFirst == "probability of NR")
        #expect("Ärztliche Referenz".lowercasedFirst == "ärztliche Referenz")
    }

    @Test func abbreviationsAndLowerCaseStartsStayAsTheyAre() {
        #expect("DRL for CT perfusion".lowercasedFirst == "DRL for CT perfusion")
        #expect("already lower".lowercasedFirst == "already lower")
        #expect("".lowercasedFirst == "")
        #expect("P".lowercasedFirst == "p")
    }
}
