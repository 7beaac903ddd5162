import ClinicalModel

/// Whether a case lies inside the population a model was developed on (its inclusion criteria):
/// exam timing, BCLC stage, Child–Pugh class, treatment line and regimen, scanner family. Each
/// criterion is inside, outside or not recorded; the report prints them as warnings, never refusals.
public struct ApplicabilityCheck: Sendable, Hashable {
    /// One criterion's result.
    public struct Criterion: Sendable, Hashable {
        /// Inside, outside, or not recorded in the case file.
        public enum Status: String, Sendable, Hashable {
            case inside, outside
            case notRecorded = "not_recorded"
        }

        /// A short name, e.g. "CT exam before TACE".
        public let name: String
        /// The result.
        public let status: Status
        /// A sentence with the case's value and the study's criterion.
        public let sentence: String
    }

    /// The criteria, in the order above; empty when the model states no study population.
    public let criteria: [Criterion]
    /// The model's study population, if it states one.
    public let population: StudyPopulation?

    /// Whether any criterion is outside the study population.
    public var hasOutside: Bool { criteria.contains { $0.status == .outside } }

    /// Checks a case against a model's study population. O(1).
    /// - Parameters:
    ///   - patientCase: The case.
    ///   - population: The model's study population (`nil`: nothing to check).
    public init(case patientCase: PatientCase, population: StudyPopulation?) {
        self.population = population
        guard let population else { criteria = []; return }
        var out: [Criterion] = []
        let limit = population.maxDaysExamBeforeTreatment
        switch (patientCase.exam?.date, patientCase.treatment?.taceDate) {
        case let (exam?, tace?):
            let days = exam.days(until: tace)
            out.append(Criterion(name: "CT exam before TACE", status: days <= limit ? .inside : .outside,
                                 sentence: "CT exam \(days) day\(days == 1 ? "" : "s") before the first TACE"
                                     + (days <= limit ? "" : " (study: within \(limit) days before treatment)")))
        default:
            out.append(Criterion(name: "CT exam before TACE", status: .notRecorded,
                                 sentence: "exam or TACE date not recorded (study: CT within \(limit) days before treatment)"))
        }
        out.append(Self.category("BCLC stage", value: patientCase.patient.bclc, allowed: population.bclcStages, label: "BCLC"))
        out.append(Self.category("Child–Pugh class", value: patientCase.patient.childPugh, allowed: population.childPughClasses, label: "Child–Pugh"))
        out.append(Self.regimen(patientCase.treatment, population: population))
        let scanner = [patientCase.exam?.scanner, patientCase.exam?.software].compactMap { $0 }.joined(separator: ", ")
        if let name = patientCase.exam?.scanner {
            let lower = name.lowercased()
            let same = population.scannerKeywords.contains { lower.contains($0.lowercased()) }
            out.append(Criterion(name: "Scanner", status: same ? .inside : .outside,
                                 sentence: same ? "\(scanner) (the study's scanner family)"
                                     : "\(scanner) is not the study's scanner (\(population.scannerDescription)); DECT and perfusion values are vendor- and software-dependent, so the inputs may not be comparable"))
        } else {
            out.append(Criterion(name: "Scanner", status: .notRecorded,
                                 sentence: "scanner not recorded (study: \(population.scannerDescription))"))
        }
        criteria = out
    }

    /// A categorical criterion: the value's first letter (e.g. "A6" → "A") against the allowed classes.
    private static func category(_ name: String, value: String?, allowed: [String], label: String) -> Criterion {
        let study = allowed.joined(separator: " or ")
        guard let value, let first = value.trimmingLeadingSpaces.first else {
            return Criterion(name: name, status: .notRecorded, sentence: "\(label) not recorded (study: \(study))")
        }
        let inside = allowed.contains { $0.uppercased() == String(first).uppercased() }
        return Criterion(name: name, status: inside ? .inside : .outside, sentence: "\(label) \(value)" + (inside ? "" : " (study: \(study))"))
    }

    /// First-line TACE + lenvatinib + ICI: `first_line`, a lenvatinib dose and an ICI recorded.
    private static func regimen(_ treatment: Treatment?, population: StudyPopulation) -> Criterion {
        let name = "Treatment"
        if treatment?.firstLine == false {
            return Criterion(name: name, status: .outside, sentence: "not first-line treatment (study: \(population.regimen))")
        }
        var missing: [String] = []
        if treatment?.firstLine == nil { missing.append("whether it is first-line") }
        if treatment?.lenvatinibMgPerDay == nil { missing.append("lenvatinib") }
        if treatment?.ici == nil { missing.append("the checkpoint inhibitor") }
        if missing.isEmpty {
            return Criterion(name: name, status: .inside, sentence: "first-line TACE + lenvatinib + \(treatment?.ici?.rawValue ?? "ICI")")
        }
        return Criterion(name: name, status: .notRecorded,
                         sentence: "\(Self.list(missing)) not recorded (study: \(population.regimen))")
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

extension String {
    /// The text without leading spaces.
    fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
