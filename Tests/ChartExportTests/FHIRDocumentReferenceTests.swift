@testable import ChartExport
import ClinicalModel
import Foundation
import Testing
import TestSupport

/// Every FHIR file is parsed by fhir.resources' R4B models (an independent implementation) and its
/// attachment checked against the PDF: the same bytes, the size and the SHA-1.
@Suite(.serialized) struct FHIRDocumentReferenceTests {
    func judge(_ json: Data, pdf: Data) throws -> [String: Any] {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.fhir.json"), pdfFile = dir.appendingPathComponent("r.pdf")
        try json.write(to: file)
        try pdf.write(to: pdfFile)
        return try ChartValidators.judgeFHIR(file.path, pdf: pdfFile.path)
    }

    @Test func aDocumentReferenceIsValidR4AndCarriesTheIdentity() throws {
        let document = SampleDocument.document()
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let json = try FHIRJSON.encode(FHIRDocumentReference(document, identity: identity, replaces: nil))
        let read = try judge(json, pdf: document.pdf)
        #expect(read["types"] as? [String] == ["DocumentReference"])
        #expect(read["status"] as? String == "current" && read["docStatus"] as? String == "preliminary")
        #expect(read["master"] as? String == "urn:oid:\(identity.instanceUID.value)")
        #expect(read["set"] as? String == "urn:oid:\(identity.documentSetUID.value)")
        #expect(read["subject_system"] as? String == "urn:oid:2.16.840.1.113883.19.5")
        #expect(read["subject_value"] as? String == "HCC-2025-0001")
        #expect(read["type_code"] as? String == "18748-4")
        #expect((read["relates_to"] as? [Any])?.isEmpty == true)
        // Previous revision read back from the file.
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("r.fhir.json")
        try json.write(to: url)
        #expect(PreviousRevision.readFHIR(at: url) == PreviousRevision(documentSetUID: identity.documentSetUID.value, instanceUID: identity.instanceUID.value))
    }

    @Test func aNewRevisionReplacesTheEarlierOne() throws {
        let document = SampleDocument.document(pdf: SampleDocument.pdf(note: "revised"), status: .final)
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let json = try FHIRJSON.encode(FHIRDocumentReference(document, identity: identity, replaces: "2.25.42"))
        let read = try judge(json, pdf: document.pdf)
        #expect(read["docStatus"] as? String == "final")
        #expect(read["relates_to"] as? [[String]] == [["replaces", "urn:oid:2.25.42"]])
    }

    @Test func withoutAnIssuerTheIdentifierHasNoSystem() throws {
        var settings = SampleDocument.settings
        settings.patientIdIssuer = nil
        settings.institution = nil
        let bare = PatientCase(source: "p.yaml", patient: Patient(id: "P1"), lesions: [])
        let document = SampleDocument.document(bare, settings: settings)
        let json = try FHIRJSON.encode(FHIRDocumentReference(document, identity: DocumentIdentity(document, root: .uuidDerived), replaces: nil))
        let read = try judge(json, pdf: document.pdf)
        #expect(read["subject_system"] is NSNull)
        #expect(read["subject_value"] as? String == "P1")
    }

    @Test func aTransactionBundleHoldsTheDocumentAndTheDiagnosticReport() throws {
        let document = SampleDocument.document(SampleDocument.patientCase(name: "王, 丽"))
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let json = try FHIRJSON.encode(FHIRTransactionBundle(document, identity: identity, replaces: nil))
        let read = try judge(json, pdf: document.pdf)
        #expect(read["types"] as? [String] == ["DocumentReference", "DiagnosticReport"])
        #expect(read["attachments"] as? Int == 2)
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("b.fhir.json")
        try json.write(to: url)
        #expect(PreviousRevision.readFHIR(at: url)?.instanceUID == identity.instanceUID.value)
    }

    /// The validator itself refuses what R4 refuses (negative controls), so its passing means something.
    @Test(arguments: [("date", "\"2025-06-30\""), ("bogus", "1"), ("docStatus", "\"draft\""), ("status", "\"nonsense\"")])
    func theValidatorRefusesInvalidResources(key: String, value: String) throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = SampleDocument.document()
        var object = try #require(try JSONSerialization.jsonObject(
            with: FHIRJSON.encode(FHIRDocumentReference(document, identity: DocumentIdentity(document, root: .uuidDerived), replaces: nil))) as? [String: Any])
        object[key] = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
        let file = dir.appendingPathComponent("bad.fhir.json"), pdf = dir.appendingPathComponent("r.pdf")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        try document.pdf.write(to: pdf)
        let result = try ChartValidators.runRaw("check_fhir.py", [file.path, pdf.path])
        #expect(result.status != 0, "\(key)=\(value) was accepted")
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let a = SampleDocument.document(), b = SampleDocument.document()
        let first = try FHIRJSON.encode(FHIRTransactionBundle(a, identity: DocumentIdentity(a, root: .uuidDerived), replaces: "2.25.1"))
        let second = try FHIRJSON.encode(FHIRTransactionBundle(b, identity: DocumentIdentity(b, root: .uuidDerived), replaces: "2.25.1"))
        #expect(first == second)
    }
}
