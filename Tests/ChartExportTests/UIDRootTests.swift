@testable import ChartExport
import ClinicalModel
import Foundation
import Testing

@Suite("UIDs derived under a root")
struct UIDRootTests {
    @Test func defaultRootGivesUUIDDerivedUIDs() throws {
        let uid = UIDRoot.uuidDerived.uid("series", ["HCC-1"])
        #expect(uid.value.hasPrefix("2.25."))
        let number = try #require(UInt128(String(uid.value.dropFirst(5))))
        // RFC 9562: version 8 in bits 76–79 (from the least significant), variant 10 in bits 62–63.
        #expect((number >> 76) & 0xF == 8)
        #expect((number >> 62) & 0x3 == 2)
        #expect(uid.value.count <= 64)
    }

    @Test func sameInputsSameUIDDifferentInputsDifferentUIDs() {
        let root = UIDRoot.uuidDerived
        #expect(root.uid("series", ["a", "b"]) == root.uid("series", ["a", "b"]))
        #expect(root.uid("series", ["ab", "c"]) != root.uid("series", ["a", "bc"]))
        #expect(root.uid("series", ["a"]) != root.uid("study", ["a"]))
    }

    @Test(arguments: ["1.2.826.0.1.3680043.10.999", "1.2.826.0.1.3680043.10.999.12345.6789.1"])
    func siteRootFillsTheSixtyFourCharacters(prefix: String) throws {
        let root = try UIDRoot(validating: prefix)
        let uid = root.uid("instance", ["x"])
        #expect(uid.value.hasPrefix(prefix + "."))
        #expect(uid.value.count <= 64 && uid.value.count >= 62, "\(uid.value)")
        #expect(DICOMUID(uid.value) != nil)
        #expect(root.uid("instance", ["x"]) != UIDRoot.uuidDerived.uid("instance", ["x"]))
    }

    @Test func invalidRootsAreRefusedWithTheReason() {
        #expect(throws: ChartExportError.invalidUIDRoot("1.2.03", reason: "the component \"03\" starts with a zero")) { try UIDRoot(validating: "1.2.03") }
        let long = "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19"
        #expect(throws: ChartExportError.invalidUIDRoot(long, reason: "it has 47 characters, more than the 44 DICOM allows")) { try UIDRoot(validating: long) }
        let error = ChartExportError.invalidUIDRoot("x", reason: "it contains \"x\"; a UID holds only digits and dots")
        #expect("\(error)" == "--uid-root \"x\" cannot be used: it contains \"x\"; a UID holds only digits and dots. Give your organisation's registered UID root (digits and dots, at most 44 characters), or leave it out to use 2.25 (UUID-derived UIDs).")
    }

    @Test func issuersMustBeURIsThatFitDICOM() {
        #expect(ChartExportSettings.problem(withIssuer: "urn:oid:2.16.840.1.113883.19.5") == nil)
        #expect(ChartExportSettings.problem(withIssuer: "https://hospital.example/fhir/mrn") == nil)
        #expect(ChartExportSettings.problem(withIssuer: "St Mary's MRN")
                == "the patient-ID issuer \"St Mary's MRN\" is not a URI; FHIR needs one (e.g. urn:oid:2.16.840.1.113883.2.4.6.3 or https://hospital.example/fhir/mrn)")
        #expect(ChartExportSettings.problem(withIssuer: "urn:x:\(String(repeating: "a", count: 60))")?.contains("at most 64") == true)
        #expect(ChartExportSettings.problem(withIssuer: "urn:St Mary") != nil)
    }
}

@Suite("Document identity and supersession")
struct DocumentIdentityTests {
    @Test func aChangedReportIsANewInstanceInTheSameSet() {
        let first = DocumentIdentity(SampleDocument.document(pdf: SampleDocument.pdf(note: "a")), root: .uuidDerived)
        let again = DocumentIdentity(SampleDocument.document(pdf: SampleDocument.pdf(note: "a")), root: .uuidDerived)
        let changed = DocumentIdentity(SampleDocument.document(pdf: SampleDocument.pdf(note: "b")), root: .uuidDerived)
        #expect(first == again)
        #expect(changed.documentSetUID == first.documentSetUID && changed.studyInstanceUID == first.studyInstanceUID)
        #expect(changed.instanceUID != first.instanceUID)
    }

    @Test func signingOffAsFinalIsANewInstance() {
        let draft = DocumentIdentity(SampleDocument.document(), root: .uuidDerived)
        let final = DocumentIdentity(SampleDocument.document(status: .final), root: .uuidDerived)
        #expect(final.documentSetUID == draft.documentSetUID && final.instanceUID != draft.instanceUID)
    }

    @Test func theCaseStudyUIDIsUsedAndAnotherExamIsAnotherSet() {
        let ct = "1.2.840.113619.2.55.3.2831164355.123.1736841600.1"
        let filed = DocumentIdentity(SampleDocument.document(SampleDocument.patientCase(studyUID: ct)), root: .uuidDerived)
        let derived = DocumentIdentity(SampleDocument.document(), root: .uuidDerived)
        #expect(filed.studyInstanceUID.value == ct)
        #expect(filed.documentSetUID != derived.documentSetUID)
    }

    @Test func instanceNumbersAndReplacedInstancesFollowTheFolder() {
        let identity = DocumentIdentity(SampleDocument.document(), root: .uuidDerived)
        let set = identity.documentSetUID.value
        #expect(PreviousRevision.instanceNumber(for: identity, after: nil) == 1)
        let earlier = PreviousRevision(documentSetUID: set, instanceUID: "2.25.1", instanceNumber: 3, replaced: "2.25.0")
        #expect(PreviousRevision.instanceNumber(for: identity, after: earlier) == 4)
        #expect(PreviousRevision.replacedInstance(for: identity, after: earlier) == "2.25.1")
        let same = PreviousRevision(documentSetUID: set, instanceUID: identity.instanceUID.value, instanceNumber: 4, replaced: "2.25.1")
        #expect(PreviousRevision.instanceNumber(for: identity, after: same) == 4)
        #expect(PreviousRevision.replacedInstance(for: identity, after: same) == "2.25.1")
        let otherExam = PreviousRevision(documentSetUID: "2.25.77", instanceUID: "2.25.78", instanceNumber: 9)
        #expect(PreviousRevision.instanceNumber(for: identity, after: otherExam) == 1)
        #expect(PreviousRevision.replacedInstance(for: identity, after: otherExam) == nil)
    }
}
