@testable import ChartExport
import ClinicalModel
import Foundation

/// Chart documents for tests: a small real PDF (one page, made by hand, valid for qpdf) and a patient.
enum SampleDocument {
    /// A minimal one-page PDF; `note` changes its bytes (and makes lengths odd or even).
    static func pdf(note: String = "") -> Data {
        let body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% \(note)\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        return Data(body.utf8)
    }

    /// The date the sample report prints.
    static let reportDate = CalendarDate(year: 2025, month: 6, day: 30)!

    static let settings = ChartExportSettings(
        uidRoot: .uuidDerived, patientIdIssuer: "urn:oid:2.16.840.1.113883.19.5",
        institution: "Department of Radiology", title: "Tumour board report",
        software: ChartDocument.Software(name: "hccreport", version: "0.1.0"))

    /// A patient with every identity field the chart documents use.
    static func patientCase(name: String? = "Wang, Li", id: String = "HCC-2025-0001", studyUID: String? = nil) -> PatientCase {
        PatientCase(source: "p01.yaml",
                    patient: Patient(id: id, name: name, birthDate: CalendarDate(year: 1959, month: 6, day: 18), sex: .male,
                                     responsibleClinician: "Chen, Yu"),
                    exam: Exam(date: CalendarDate(year: 2025, month: 1, day: 14), studyInstanceUID: studyUID.flatMap(DICOMUID.init),
                               accessionNumber: "A2025-0001", referringPhysician: "Müller, Anna"),
                    lesions: [])
    }

    static func document(_ patientCase: PatientCase = patientCase(), pdf: Data = pdf(), status: DocumentStatus = .preliminary,
                         settings: ChartExportSettings = settings) -> ChartDocument {
        ChartDocument(case: patientCase, pdf: pdf, status: status, reportDate: reportDate, settings: settings)
    }
}
