import ClinicalModel
import Scoring

extension ResponseChartSpec {
    /// The response over time of a scored case with follow-up, from its mRECIST assessment and the
    /// model's endpoint window.
    ///
    /// Time is counted in weeks from the endpoint check's day 0 (the first TACE, else the CT exam); the
    /// baseline sits at the CT exam date (at week 0 when the exam has no date). Every value comes from
    /// `MRECISTAssessment`: diameters and categories per scan, the PR limit 0.7 × S_bl and the PD limit
    /// 1.2 × the nadir before each scan (`ViableDiameter`'s limits), and the nadir `nadirSum`. O(T·L)
    /// for T follow-ups and L target lesions.
    /// - Parameters:
    ///   - score: The scored case.
    ///   - theme: Supplies line styles and marker shapes.
    ///   - title: Figure title, if any.
    /// - Throws: `ChartDataError.notDrawable` without follow-up, without a target lesion, or without a
    ///   date to count weeks from.
    public init(score: CaseScore, theme: ChartTheme = .standard, title: String? = nil) throws(ChartDataError) {
        let chart = "response chart"
        guard let assessment = score.mrecist, !assessment.timePoints.isEmpty else {
            throw .notDrawable(chart: chart, reason: "the case has no follow-up imaging")
        }
        guard !assessment.baselines.isEmpty else {
            throw .notDrawable(chart: chart, reason: "no lesion has a baseline diameter (viable_diameter_mm or size_mm)")
        }
        guard let anchor = score.endpoint.anchor else {
            throw .notDrawable(chart: chart, reason: "neither treatment.tace_date nor the exam date is recorded, so the scans cannot be placed in time")
        }
        func weeks(_ date: CalendarDate) -> Double { Double(anchor.date.days(until: date)) / 7 }
        let examDate = score.patientCase.exam?.date
        let baselineWeeks = examDate.map(weeks) ?? 0
        let points = assessment.timePoints

        let lesions = assessment.baselines.enumerated().map { i, baseline in
            let tag = PatientLesion.tag(forId: baseline.lesionId, position: i)
            let runs = Self.runs(baseline: Reading(weeks: baselineWeeks, millimetres: baseline.diameter.millimetres),
                                 readings: points.map { tp in
                                     tp.lesion(baseline.lesionId).flatMap { r in
                                         r.diameter.map { Reading(weeks: weeks(tp.date), millimetres: $0.millimetres, category: r.category.rawValue) }
                                     }
                                 })
            return Series(tag: tag, label: "\(tag) viable diameter", runs: runs,
                          style: SeriesStyle(stroke: theme.curveStyle(i + 1).stroke, marker: theme.lesionMarker(i)))
        }
        var sum: Series?
        if lesions.count > 1 {
            let runs = Self.runs(baseline: Reading(weeks: baselineWeeks, millimetres: assessment.baselineSum.millimetres),
                                 readings: points.map { tp in
                                     tp.sum.map { Reading(weeks: weeks(tp.date), millimetres: $0.millimetres, category: tp.target.rawValue) }
                                 })
            sum = Series(tag: "Sum", label: "Sum of target lesions", runs: runs,
                         style: SeriesStyle(stroke: theme.curveStyle(0).stroke, marker: .filledDiamond))
        }
        let scans = points.map { tp in
            Scan(weeks: weeks(tp.date), days: anchor.date.days(until: tp.date), category: tp.overall.rawValue,
                 newLesions: tp.newLesions, nonTargetProgression: tp.nonTarget == .pd,
                 progressionLimitMm: tp.nadirSum.progressionLimitMillimetres)
        }
        // The nadir: the earliest reading of the sum (baseline or evaluable scan) equal to the assessment's nadir.
        let nadirSum = assessment.nadirSum
        let target = (sum ?? lesions[0]).readings
        let nadir = target.first { ViableDiameter(millimetres: $0.millimetres) == nadirSum } ?? target[0]

        var window: Window?
        if let w = score.model.endpointWindow {
            window = Window(weeks: Double(w.firstDay) / 7...Double(w.lastDay) / 7,
                            acceptedWeeks: Double(w.acceptedFirstDay) / 7...Double(w.acceptedLastDay) / 7,
                            label: "Endpoint window, days \(w.firstDay)–\(w.lastDay) (± \(w.toleranceDays) days hatched)")
        }
        let dayZero: String
        switch anchor {
        case .firstTACE(let d): dayZero = "the first TACE (\(d))"
        case .examDate(let d): dayZero = "the CT exam (\(d); no TACE date recorded)"
        }
        var notes = ["Lines: viable-tumour diameter of each target lesion (baseline: the case file's viable_diameter_mm, else size_mm, "
                     + "at the CT exam; then each follow-up's measurement)"
                     + (sum == nil ? "" : " and their sum")
                     + ", joined only between consecutive scans that measured them. Limits from the mRECIST assessment "
                     + "(Lencioni & Llovet 2010): PR at or below 0.7 × the baseline sum; PD at or above 1.2 × the nadir before each scan. "
                     + "Above each scan: the overall mRECIST response."]
        if let w = score.model.endpointWindow {
            notes[0] += " Shaded: the model's endpoint window (\(w.source))."
        }
        if examDate == nil { notes.append("No exam date recorded: the baseline is drawn at week 0.") }
        self.init(title: title, timeAxisTitle: "Weeks since \(dayZero)", lesions: lesions, sum: sum, scans: scans,
                  responseLimitMm: assessment.baselineSum.responseLimitMillimetres, nadir: nadir, window: window, notes: notes)
    }

    /// The baseline followed by the scans' readings, split where a scan has none.
    /// - Parameters:
    ///   - baseline: The baseline reading.
    ///   - readings: One entry per scan, `nil` where the value was not measured.
    /// - Returns: The connected runs, empty runs left out.
    static func runs(baseline: Reading, readings: [Reading?]) -> [[Reading]] {
        var runs: [[Reading]] = []
        var current = [baseline]
        for r in readings {
            if let r {
                current.append(r)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
