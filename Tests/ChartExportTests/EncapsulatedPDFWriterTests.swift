@testable import ChartExport
import ClinicalModel
import Foundation
import Testing
import TestSupport

/// Every Encapsulated PDF the writer makes is judged by tools written by others: DCMTK's `dcmdump`
/// (parses it), dicom3tools' `dciodvfy` (checks it against the IOD, no errors allowed) and pydicom
/// (reads back exactly the PDF's bytes and the attributes).
@Suite(.serialized) struct EncapsulatedPDFWriterTests {
    /// Writes `document` and its PDF into `dir`; returns the two paths.
    func write(_ document: ChartDocument, in dir: URL, name: String = "report", instanceNumber: Int = 1) throws -> (dcm: String, pdf: String) {
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let dcm = dir.appendingPathComponent("\(name).dcm"), pdf = dir.appendingPathComponent("\(name).pdf")
        try EncapsulatedPDFWriter.encode(document, identity: identity, instanceNumber: instanceNumber).write(to: dcm)
        try document.pdf.write(to: pdf)
        return (dcm.path, pdf.path)
    }

    func judge(_ dcm: String, pdf: String) throws -> [String: Any] { try ChartValidators.judgeDICOM(dcm, pdf: pdf) }

    @Test func aFullReportPassesEveryValidatorAndCarriesEveryAttribute() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = SampleDocument.document()
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let (dcm, pdf) = try write(document, in: dir)
        let read = try judge(dcm, pdf: pdf)
        #expect(read["pdf_identical"] as? Bool == true)
        #expect(read["pdf_length"] as? Int == document.pdf.count)
        #expect(read["transfer_syntax"] as? String == "1.2.840.10008.1.2.1")
        #expect(read["sop_class"] as? String == "1.2.840.10008.5.1.4.1.1.104.1")
        #expect(read["sop_instance"] as? String == identity.instanceUID.value)
        #expect(read["media_sop_instance"] as? String == identity.instanceUID.value)
        #expect(read["series"] as? String == identity.documentSetUID.value)
        #expect(read["study"] as? String == identity.studyInstanceUID.value)
        #expect(read["family_name"] as? String == "Wang" && read["given_name"] as? String == "Li")
        #expect(read["patient_id"] as? String == "HCC-2025-0001")
        #expect(read["issuer"] as? String == "urn:oid:2.16.840.1.113883.19.5")
        #expect(read["birth_date"] as? String == "19590618" && read["sex"] as? String == "M")
        #expect(read["modality"] as? String == "DOC" && read["conversion_type"] as? String == "WSD")
        #expect(read["burned_in"] as? String == "YES" && read["mime"] as? String == "application/pdf")
        #expect(read["verification"] as? String == "UNVERIFIED")
        #expect(read["accession"] as? String == "A2025-0001")
        #expect(read["referring"] as? String == "Müller^Anna")
        #expect(read["physicians_of_record"] as? String == "Chen^Yu")
        #expect(read["charset"] as? String == "ISO_IR 192", "Müller is not ASCII")
        #expect(read["institution"] as? String == "Department of Radiology")
        #expect(read["title"] as? String == "Tumour board report")
        #expect(read["concept"] as? [String] == ["18748-4", "LN"])
        #expect(read["study_date"] as? String == "20250114" && read["content_date"] as? String == "20250630")
    }

    @Test func aCaseWithOnlyAnIDGivesEmptyType2ValuesAndNoCharacterSet() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bare = PatientCase(source: "p.yaml", patient: Patient(id: "P1"), lesions: [])
        var settings = SampleDocument.settings
        settings.patientIdIssuer = nil
        settings.institution = nil
        let (dcm, pdf) = try write(SampleDocument.document(bare, pdf: SampleDocument.pdf(note: "odd"), status: .final, settings: settings), in: dir)
        let read = try judge(dcm, pdf: pdf)
        #expect(read["pdf_identical"] as? Bool == true)
        #expect(read["patient_name"] as? String == "" && read["birth_date"] as? String == "" && read["sex"] as? String == "")
        #expect(read["issuer"] is NSNull && read["institution"] is NSNull && read["charset"] is NSNull)
        #expect(read["verification"] as? String == "VERIFIED")
    }

    @Test func chineseNamesAreWrittenInUTF8() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (dcm, pdf) = try write(SampleDocument.document(SampleDocument.patientCase(name: "王, 丽")), in: dir)
        let read = try judge(dcm, pdf: pdf)
        #expect(read["patient_name"] as? String == "王^丽")
        #expect(read["charset"] as? String == "ISO_IR 192")
    }

    @Test func theCTStudyUIDFromTheCaseFilesTheReportWithTheImages() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ct = "1.2.840.113619.2.55.3.2831164355.123.1736841600.1"
        let (dcm, pdf) = try write(SampleDocument.document(SampleDocument.patientCase(studyUID: ct)), in: dir)
        #expect(try judge(dcm, pdf: pdf)["study"] as? String == ct)
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let document = SampleDocument.document()
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let a = try EncapsulatedPDFWriter.encode(document, identity: identity, instanceNumber: 1)
        let b = try EncapsulatedPDFWriter.encode(SampleDocument.document(), identity: DocumentIdentity(SampleDocument.document(), root: .uuidDerived), instanceNumber: 1)
        #expect(a == b)
    }

    @Test func theEarlierRevisionIsReadBackFromTheFolder() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = SampleDocument.document()
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let (dcm, _) = try write(document, in: dir, instanceNumber: 3)
        let previous = PreviousRevision.readDICOM(at: URL(fileURLWithPath: dcm), software: "hccreport")
        #expect(previous == PreviousRevision(documentSetUID: identity.documentSetUID.value, instanceUID: identity.instanceUID.value, instanceNumber: 3))
        // Another program's file (here: the PDF) is not taken for an earlier revision.
        #expect(PreviousRevision.readDICOM(at: dir.appendingPathComponent("report.pdf"), software: "hccreport") == nil)
        #expect(PreviousRevision.readDICOM(at: URL(fileURLWithPath: dcm), software: "another-tool") == nil)
    }

    static let refusalCases: [(String, PatientCase, String)] = [
        ("name with a caret", SampleDocument.patientCase(name: "Wang^Li"),
         "patient.name cannot be written into DICOM: the name contains \"^\", which DICOM uses to separate the parts of a name; write it as \"Family, Given\""),
        ("ID longer than LO", SampleDocument.patientCase(id: String(repeating: "7", count: 65)),
         "patient.id cannot be written into DICOM: it has 65 characters, more than the 64 DICOM allows here"),
        ("name over 64 bytes in UTF-8", SampleDocument.patientCase(name: "Nguyễn-Schönberger, Zoë Françoise Thị Hương Đặng-Ølstrøm"),
         "patient.name cannot be written into DICOM: it takes 69 bytes in UTF-8, more than the 64 that DICOM validators (dciodvfy) and many PACS accept here"),
        ("ID with a backslash", SampleDocument.patientCase(id: "A\\B"),
         "patient.id cannot be written into DICOM: it contains a backslash, which DICOM reads as a separator between values"),
    ]

    @Test("what DICOM cannot carry is refused with a sentence naming the field", arguments: refusalCases)
    func refusals(name: String, patientCase: PatientCase, message: String) {
        let document = SampleDocument.document(patientCase)
        do {
            _ = try EncapsulatedPDFWriter.encode(document, identity: DocumentIdentity(document, root: .uuidDerived), instanceNumber: 1)
            Issue.record("\(name): no error")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
