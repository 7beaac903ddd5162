import ClinicalModel
import Formatting

extension CTDoseReport {
    /// The tolerance for the accumulated DLP against the sum of the events: 1 % or 1 mGy·cm,
    /// whichever is larger (scanners round each event's DLP).
    static func accumulatedTolerance(_ total: Double) -> Double { max(1, 0.01 * total) }

    /// The report's events as dose series, with warnings for what was derived.
    ///
    /// A series is named by its acquisition protocol (else "Event N") and gets its kind from
    /// `rules`. An event without DLP gets CTDIvol × scanning length, with a warning saying so; one
    /// without either cannot be summed and is an error. The accumulated DLP (113813), when given,
    /// must equal the sum within 1 % (or 1 mGy·cm): otherwise events are missing and the total
    /// would be wrong, which is an error.
    /// - Parameters:
    ///   - rules: How events become kinds.
    ///   - source: The file name used in errors and warnings.
    /// - Returns: The series and the warnings' sentences.
    /// - Throws: `DoseReportError` naming the file.
    public func doseSeries(rules: DoseKindRules, source: String) throws(DoseReportError) -> (series: [DoseSeries], warnings: [String]) {
        var series: [DoseSeries] = []
        var warnings: [String] = []
        for event in events {
            let name = event.acquisitionProtocol.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? "Event \(event.number)"
            var dlp = event.dlpMGyCm
            if dlp == nil {
                guard let ctdi = event.meanCTDIvolMGy, let length = event.scanningLengthCm else {
                    throw DoseReportError(source: source, message: "event \(event.number) (\(name)) of the dose report has no DLP (113838), and no CTDIvol and scanning length to derive it; the exam's dose total cannot be given")
                }
                dlp = ctdi * length
                warnings.append("the dose report \(source) gives no DLP for event \(event.number) (\(name)); DLP = CTDIvol \(ReportNumber.plainShortest(ctdi)) mGy × scanning length \(ReportNumber.plainShortest(length)) cm = \(ReportNumber.plainShortest(ctdi * length)) mGy·cm was used")
            }
            series.append(DoseSeries(name: name, kind: rules.kind(of: event).kind, ctdiVolMGy: event.meanCTDIvolMGy, phantomCm: event.phantomCm,
                                     dlpMGyCm: dlp!, scanLengthCm: event.scanningLengthCm))
        }
        if let total = accumulatedDLPMGyCm {
            let sum = series.reduce(0) { $0 + $1.dlpMGyCm }
            if abs(sum - total) > Self.accumulatedTolerance(total) {
                throw DoseReportError(source: source, message: "the dose report's accumulated DLP (113813) is \(ReportNumber.plainShortest(total)) mGy·cm, but its \(events.count) events add up to \(ReportNumber.plainShortest(sum)) mGy·cm; events are missing or damaged, so the exam's dose total cannot be trusted")
            }
        }
        return (series, warnings)
    }

}
