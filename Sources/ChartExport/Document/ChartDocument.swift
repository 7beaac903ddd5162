import ClinicalModel
import Foundation

/// One patient's report as it goes into the chart: the PDF's bytes and everything that identifies
/// the patient, the exam it belongs to and the document's status.
///
/// Both chart formats (the DICOM Encapsulated PDF for PACS and the FHIR DocumentReference for the
/// EHR) are made from this one description, so they always say the same thing.
public struct ChartDocument: Sendable {
    /// The patient as the chart knows them.
    public struct PatientIdentity: Sendable, Hashable {
        /// Medical record number or study ID.
        public var id: String
        /// Who assigned `id` (a URI such as `urn:oid:1.2.3.4`); `nil` when no issuer is known.
        public var issuer: String?
        /// The name as written in the case ("Family, Given").
        public var name: String?
        public var birthDate: CalendarDate?
        public var sex: Patient.Sex?
    }

    /// The CT exam the report is about.
    public struct StudyIdentity: Sendable, Hashable {
        /// The CT study's UID when the case holds it (then PACS files the report with the images).
        public var instanceUID: DICOMUID?
        public var date: CalendarDate?
        public var accessionNumber: String?
        /// As written ("Family, Given").
        public var referringPhysician: String?
    }

    /// The software that made the document.
    public struct Software: Sendable, Hashable {
        public var name: String
        public var version: String

        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// The finished PDF, exactly as written to the report file.
    public var pdf: Data
    public var patient: PatientIdentity
    public var study: StudyIdentity
    /// The clinician responsible for the patient, as written ("Family, Given").
    public var responsibleClinician: String?
    /// The institution printed on the report, when one is set.
    public var institution: String?
    public var status: DocumentStatus
    /// The document's title (the report's title).
    public var title: String
    /// The date the report was made (the date printed on it).
    public var reportDate: CalendarDate
    public var software: Software
}

extension ChartDocument {
    /// The chart description of a case's report.
    /// - Parameters:
    ///   - patientCase: the case the report was made from.
    ///   - pdf: the finished PDF.
    ///   - status: the report's status, the one its pages print.
    ///   - reportDate: the date its pages print.
    ///   - settings: issuer, institution and the rest that come from the run, not the case.
    public init(case patientCase: PatientCase, pdf: Data, status: DocumentStatus, reportDate: CalendarDate,
                settings: ChartExportSettings) {
        let p = patientCase.patient
        let exam = patientCase.exam
        self.init(pdf: pdf,
                  patient: PatientIdentity(id: p.id, issuer: settings.patientIdIssuer, name: p.name, birthDate: p.birthDate, sex: p.sex),
                  study: StudyIdentity(instanceUID: exam?.studyInstanceUID, date: exam?.date, accessionNumber: exam?.accessionNumber,
                                       referringPhysician: exam?.referringPhysician),
                  responsibleClinician: p.responsibleClinician, institution: settings.institution, status: status,
                  title: settings.title, reportDate: reportDate, software: settings.software)
    }
}
