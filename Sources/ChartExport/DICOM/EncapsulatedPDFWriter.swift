import ClinicalModel
import Foundation

/// Writes a report as a DICOM Encapsulated PDF object (SOP Class 1.2.840.10008.5.1.4.1.1.104.1),
/// the form in which PACS files a document with the CT study it belongs to.
///
/// Every attribute of the IOD's modules (PS3.3 §A.45.1) that is Type 1 or 2, and the Type 3 ones a
/// records team uses: Patient (name as PN, ID, issuer, birth date, sex), General Study (study UID,
/// date, time, accession number, referring physician, study ID, physicians of record), Encapsulated
/// Document Series (modality DOC, series UID and number), General Equipment, SC Equipment
/// (conversion type WSD), Encapsulated Document (instance number, content date and time, acquisition
/// date-time, Burned In Annotation YES, document title, concept name, verification flag, MIME type,
/// the PDF's bytes and length) and SOP Common (Specific Character Set ISO_IR 192 when any text is
/// not ASCII). Type 2 values the case does not hold are present and empty, as DICOM requires.
public enum EncapsulatedPDFWriter {
    /// Encapsulated PDF Storage.
    public static let sopClassUID = "1.2.840.10008.5.1.4.1.1.104.1"
    /// The series number of the report series (high, to stay clear of the CT study's own series).
    public static let seriesNumber = 9001
    /// The document's concept: LOINC 18748-4 (DICOM CID 7000, Diagnostic Imaging Report Document Titles).
    public static let concept = (code: "18748-4", scheme: "LN", meaning: "Diagnostic Imaging Report")
    /// Series Description of the report series.
    public static let seriesDescription = "Tumour-board reports"

    /// The Part 10 file of `document`.
    /// - Parameters:
    ///   - document: the report and its identity.
    ///   - identity: its UIDs (from `DocumentIdentity`).
    ///   - instanceNumber: the revision within the document set (1 for the first).
    /// - Returns: the file's bytes.
    /// - Throws: `ChartExportError.unrepresentable` naming the case field DICOM cannot carry.
    public static func encode(_ document: ChartDocument, identity: DocumentIdentity, instanceNumber: Int) throws -> Data {
        let p = document.patient, s = document.study
        var e: [DICOMElement] = []
        func add(_ g: UInt16, _ el: UInt16, _ vr: DICOMValueRepresentation, _ value: String, _ field: String) throws {
            e.append(.text(DICOMTag(g, el), vr, try checked(value, vr, field: field)))
        }
        func name(_ written: String?, _ field: String) throws -> String {
            try written.map { try DICOMPersonName.encode($0, field: field) } ?? ""
        }
        // SOP Common
        try add(0x0008, 0x0012, .DA, da(document.reportDate), "the report date")
        try add(0x0008, 0x0016, .UI, sopClassUID, "the SOP class")
        try add(0x0008, 0x0018, .UI, identity.instanceUID.value, "the instance UID")
        // General Study
        try add(0x0008, 0x0020, .DA, s.date.map(da) ?? "", "exam.date")
        try add(0x0008, 0x0030, .TM, "", "the study time")
        try add(0x0008, 0x0050, .SH, s.accessionNumber ?? "", "exam.accession_number")
        try add(0x0008, 0x0090, .PN, try name(s.referringPhysician, "exam.referring_physician"), "exam.referring_physician")
        if let clinician = document.responsibleClinician {
            try add(0x0008, 0x1048, .PN, try name(clinician, "patient.responsible_clinician"), "patient.responsible_clinician")
        }
        try add(0x0020, 0x000D, .UI, identity.studyInstanceUID.value, "exam.study_instance_uid")
        try add(0x0020, 0x0010, .SH, "", "the study ID")
        // Encapsulated Document Series
        try add(0x0008, 0x0060, .CS, "DOC", "the modality")
        try add(0x0008, 0x103E, .LO, seriesDescription, "the series description")
        try add(0x0020, 0x000E, .UI, identity.documentSetUID.value, "the series UID")
        try add(0x0020, 0x0011, .IS, String(seriesNumber), "the series number")
        // General Equipment and SC Equipment
        try add(0x0008, 0x0064, .CS, "WSD", "the conversion type")
        try add(0x0008, 0x0070, .LO, document.software.name, "the manufacturer")
        if let institution = document.institution, !institution.isEmpty {
            try add(0x0008, 0x0080, .LO, institution, "the institution (--institution or the template's institution)")
        }
        try add(0x0008, 0x1090, .LO, document.software.name, "the model name")
        try add(0x0018, 0x1020, .LO, document.software.version, "the software version")
        // Patient
        try add(0x0010, 0x0010, .PN, try name(p.name, "patient.name"), "patient.name")
        try add(0x0010, 0x0020, .LO, p.id, "patient.id")
        if let issuer = p.issuer { try add(0x0010, 0x0021, .LO, issuer, "the patient-ID issuer") }
        try add(0x0010, 0x0030, .DA, p.birthDate.map(da) ?? "", "patient.birth_date")
        try add(0x0010, 0x0040, .CS, p.sex.map(sexCode) ?? "", "patient.sex")
        // Encapsulated Document
        try add(0x0008, 0x0023, .DA, da(document.reportDate), "the report date")
        try add(0x0008, 0x0033, .TM, "", "the content time")
        try add(0x0008, 0x002A, .DT, da(document.reportDate), "the report date")
        try add(0x0020, 0x0013, .IS, String(instanceNumber), "the instance number")
        try add(0x0028, 0x0301, .CS, "YES", "Burned In Annotation")
        e.append(DICOMElement(DICOMTag(0x0040, 0xA043), .SQ, .items([[
            .text(DICOMTag(0x0008, 0x0100), .SH, concept.code),
            .text(DICOMTag(0x0008, 0x0102), .SH, concept.scheme),
            .text(DICOMTag(0x0008, 0x0104), .LO, concept.meaning),
        ]])))
        try add(0x0040, 0xA493, .CS, document.status.verificationFlag, "the report status")
        try add(0x0042, 0x0010, .ST, document.title, "the report title")
        e.append(DICOMElement(DICOMTag(0x0042, 0x0011), .OB, .bytes(document.pdf)))
        try add(0x0042, 0x0012, .LO, "application/pdf", "the MIME type")
        e.append(DICOMElement(DICOMTag(0x0042, 0x0015), .UL, .unsigned(UInt32(document.pdf.count))))
        if e.contains(where: \.hasNonASCIIText) { try add(0x0008, 0x0005, .CS, "ISO_IR 192", "the character set") }
        let implementation = UIDRoot.uuidDerived.uid("implementation-class", [document.software.name])
        return DICOMPart10File.encode(dataSet: e, sopClassUID: sopClassUID, sopInstanceUID: identity.instanceUID,
                                      implementationClassUID: implementation,
                                      implementationVersion: (document.software.name + "_" + document.software.version).uppercased())
    }

    /// `value` if DICOM can carry it in `vr`.
    /// - Throws: `ChartExportError.unrepresentable` with the reason.
    static func checked(_ value: String, _ vr: DICOMValueRepresentation, field: String) throws -> String {
        if let limit = vr.maximumCharacters, value.utf8.count > limit {
            let characters = value.unicodeScalars.count
            // PS3.5 counts characters, but dciodvfy and many PACS databases count bytes: the stricter rule is kept.
            throw ChartExportError.unrepresentable(format: "DICOM", field: field, reason: characters > limit
                ? "it has \(characters) characters, more than the \(limit) DICOM allows here"
                : "it takes \(value.utf8.count) bytes in UTF-8, more than the \(limit) that DICOM validators (dciodvfy) and many PACS accept here")
        }
        if vr.backslashSeparatesValues, value.contains("\\") {
            throw ChartExportError.unrepresentable(format: "DICOM", field: field, reason: "it contains a backslash, which DICOM reads as a separator between values")
        }
        if vr != .ST, vr != .UT, value.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw ChartExportError.unrepresentable(format: "DICOM", field: field, reason: "it contains a line break or tab, which this DICOM attribute cannot hold")
        }
        return value
    }

    /// A date as DICOM's DA (`YYYYMMDD`).
    static func da(_ date: CalendarDate) -> String { "\(date)".replacingOccurrences(of: "-", with: "") }

    static func sexCode(_ sex: Patient.Sex) -> String {
        switch sex {
        case .female: return "F"
        case .male: return "M"
        case .other: return "O"
        }
    }
}
