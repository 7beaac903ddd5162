import ClinicalModel
import Formatting
import Foundation

/// Reads a scanner's CT Radiation Dose SR (DICOM RDSR, TID 10011) into a `CTDoseReport`.
///
/// A small DICOM Part 10 reader of its own (`DICOMParser`: explicit and implicit VR little endian,
/// sequences and items of defined and undefined length), bounded in size, depth and element count,
/// fuzzed, and checked against DCMTK's `dsrdump` on every test fixture. Reads per irradiation
/// event the acquisition protocol, CT acquisition type, mean CTDIvol (113830), DLP (113838), CTDIw
/// phantom type (113835) and scanning length (113825), and the accumulated DLP (113813).
public struct DoseReportReader: Sendable {
    /// Largest dose report read, bytes. Default 16 MiB (a CT dose report is some 10–200 KiB).
    public var maxFileBytes: Int

    /// Creates a reader.
    /// - Parameter maxFileBytes: Largest file read.
    public init(maxFileBytes: Int = 16 << 20) {
        self.maxFileBytes = maxFileBytes
    }

    /// Reads the dose report at `url`.
    /// - Parameters:
    ///   - url: The DICOM file.
    ///   - source: The name used in errors.
    /// - Throws: `DoseReportError` naming the file and what is wrong.
    public func read(contentsOf url: URL, source: String) throws(DoseReportError) -> CTDoseReport {
        try readFile(contentsOf: url, source: source).report
    }

    /// Reads the dose report at `url`, keeping the bytes it was read from (to fingerprint exactly
    /// what was parsed).
    /// - Parameters:
    ///   - url: The DICOM file.
    ///   - source: The name used in errors.
    /// - Returns: The file's bytes and the report they hold.
    /// - Throws: `DoseReportError` naming the file and what is wrong.
    public func readFile(contentsOf url: URL, source: String) throws(DoseReportError) -> (data: Data, report: CTDoseReport) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let attributes else { throw DoseReportError(source: source, message: "the dose report does not exist (no such file)") }
        if let size = attributes[.size] as? Int, size > maxFileBytes {
            throw DoseReportError(source: source, message: "the dose report is \(size >> 20) MiB, larger than the \(maxFileBytes >> 20) MiB limit; a CT dose report is far smaller — is it an image series?")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DoseReportError(source: source, message: "the dose report cannot be read (permission denied?)")
        }
        return (data, try read(data: data, source: source))
    }

    /// Reads dose-report bytes.
    /// - Throws: `DoseReportError` naming `source` and what is wrong.
    public func read(data: Data, source: String) throws(DoseReportError) -> CTDoseReport {
        func problem(_ message: String) -> DoseReportError { DoseReportError(source: source, message: message) }
        var parser = DICOMParser(bytes: [UInt8](data), wanted: Self.wantedTags)
        let dataset: DICOMDataset
        do { dataset = try parser.parse() } catch { throw problem("the dose report cannot be read: \(error.message)") }
        let root = SRContentItem(dataset)
        guard root.concept?.matches(.xRayRadiationDoseReport) == true else {
            let title = root.concept.map { "its title is \($0.meaning.isEmpty ? $0.value : $0.meaning)" } ?? "it has no document title"
            throw problem("the file is not an X-Ray Radiation Dose Report (\(title)); export the scanner's dose report (RDSR, SOP class 1.2.840.10008.5.1.4.1.1.88.67)")
        }
        guard let patientID = dataset.string(.patientID), !patientID.isEmpty else {
            throw problem("the dose report has no patient ID (0010,0020), so it cannot be matched to a patient")
        }
        var events: [CTDoseReport.IrradiationEvent] = []
        for (index, item) in root.children(.ctAcquisition).enumerated() {
            events.append(try Self.event(item, number: index + 1, problem: problem))
        }
        guard !events.isEmpty else { throw problem("the dose report holds no CT irradiation event (113819); is it a CT dose report?") }
        let total = try root.child(.ctAccumulatedDoseData)?.child(.ctDoseLengthProductTotal)
            .flatMap { item throws(DoseReportError) in try Self.number(item, units: ["mGy.cm": 1], what: "the accumulated DLP (113813)", problem: problem) }
        return CTDoseReport(patientID: patientID, patientBirthDate: dataset.string(.patientBirthDate).flatMap(Self.date),
                            studyDate: dataset.string(.studyDate).flatMap(Self.date),
                            manufacturer: dataset.string(.manufacturer), model: dataset.string(.manufacturerModelName),
                            events: events, accumulatedDLPMGyCm: total)
    }

    static let wantedTags: Set<DICOMTag> = [.transferSyntaxUID, .sopClassUID, .studyDate, .modality, .manufacturer, .manufacturerModelName,
                                            .codeValue, .codingSchemeDesignator, .codeMeaning, .patientID, .patientBirthDate,
                                            .valueType, .uid, .textValue, .numericValue]

    private static func event(_ item: SRContentItem, number: Int, problem: (String) -> DoseReportError) throws(DoseReportError) -> CTDoseReport.IrradiationEvent {
        let what = "event \(number)"
        var event = CTDoseReport.IrradiationEvent(number: number)
        event.acquisitionProtocol = item.child(.acquisitionProtocol)?.text
        if let type = item.child(.ctAcquisitionType)?.code {
            event.acquisitionType = type.meaning.isEmpty ? type.value : type.meaning
            event.acquisitionTypeCode = type.value
        }
        if let length = item.child(.ctAcquisitionParameters)?.child(.scanningLength) {
            event.scanningLengthCm = try Self.number(length, units: ["mm": 0.1, "cm": 1, "m": 100], what: "the scanning length (113825) of \(what)", problem: problem)
        }
        if let dose = item.child(.ctDose) {
            if let ctdi = dose.child(.meanCTDIvol) {
                event.meanCTDIvolMGy = try Self.number(ctdi, units: ["mGy": 1], what: "the mean CTDIvol (113830) of \(what)", problem: problem)
            }
            if let dlp = dose.child(.dlp) {
                event.dlpMGyCm = try Self.number(dlp, units: ["mGy.cm": 1], what: "the DLP (113838) of \(what)", problem: problem)
            }
            if let phantom = dose.child(.ctdiwPhantomType)?.code {
                if phantom.matches(.bodyPhantom) { event.phantomCm = 32 } else if phantom.matches(.headPhantom) { event.phantomCm = 16 } else {
                    throw problem("the CTDI phantom (113835) of \(what) is \(phantom), neither the IEC body (32 cm) nor the head (16 cm) phantom")
                }
            }
        }
        return event
    }

    /// A NUM item's value in the wanted unit (`units`: UCUM code → factor).
    private static func number(_ item: SRContentItem, units: [String: Double], what: String,
                               problem: (String) -> DoseReportError) throws(DoseReportError) -> Double {
        guard let (text, unit) = item.number else { throw problem("\(what) has no numeric value") }
        guard let value = PlainDecimal.parse(text.trimmingCharacters(in: .whitespaces)).value, value >= 0 else {
            throw problem("\(what) is \"\(text)\", not a non-negative number")
        }
        guard let factor = units[unit] else {
            throw problem("\(what) is given in \"\(unit)\"; expected \(units.keys.sorted().joined(separator: " or "))")
        }
        return value * factor
    }

    /// A DICOM date `YYYYMMDD`.
    private static func date(_ text: String) -> CalendarDate? {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.suffix(2)) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
