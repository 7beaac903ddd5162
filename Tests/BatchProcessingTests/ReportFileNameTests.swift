import Testing
@testable import BatchProcessing

/// Output file names made from patient IDs. The hash suffixes are the first 8 hex digits of the
/// ID's SHA-256, from `printf '%s' ID | sha256sum`.
@Suite struct ReportFileNameTests {
    @Test func keepsAnIDThatIsAlreadySafe() {
        #expect(ReportFileName.base(for: "HCC-2025-0001") == "HCC-2025-0001")
        #expect(ReportFileName.base(for: "a.b_c-1") == "a.b_c-1")
    }

    @Test func cannotClimbOutOfTheOutputFolder() {
        #expect(ReportFileName.base(for: "../../etc/passwd") == "etc_passwd-3754d6cb")
    }

    @Test func prefixesTheNamesTheBatchWritesItself() {
        #expect(ReportFileName.base(for: "summary") == "patient-summary-761b7ad8")
    }

    @Test func twoIDsThatDifferOnlyInUnsafeCharactersGetTwoNames() {
        let slash = ReportFileName.base(for: "HCC/0001")
        #expect(slash == "HCC_0001-c25ae5fd")
        #expect(slash != ReportFileName.base(for: "HCC_0001"))
    }

    @Test func namesAPatientWithoutASafeCharacter() {
        let name = ReportFileName.base(for: "王伟")
        #expect(name.hasPrefix("patient-"))
        #expect(name.count == "patient-".count + 8)
    }

    @Test func cutsALongIDTo100CharactersBeforeTheSuffix() {
        let name = ReportFileName.base(for: String(repeating: "x", count: 150))
        #expect(name.count == 100 + 1 + 8)
    }
}
