@testable import ChartExport
import Foundation
import Testing

/// Known answers from FIPS 180-2 (the "abc" test vectors), so the digests the UIDs and FHIR hashes
/// are made from are the standard ones.
@Suite struct ChartDigestTests {
    @Test func sha256OfABC() {
        #expect(ChartDigest.hex(ChartDigest.sha256(Data("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha1OfABC() {
        #expect(ChartDigest.hex(ChartDigest.sha1(Data("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func emptyInput() {
        #expect(ChartDigest.hex(ChartDigest.sha256(Data())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
