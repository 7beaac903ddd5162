import ClinicalModel
import Formatting
import Foundation
import Yams

/// Reads and writes logistic nomogram definitions as YAML (`--model FILE`).
///
/// Format (snake_case; `#` comments allowed; see `Examples/models/zhang-2025-dect-pct.yaml`):
/// `id`, `version`, `citation`, `doi`?, `outcome`, `positive_class`, `negative_class`, `intercept`,
/// `intercept_standard_error`?, `predictors` (list of `name`, `field`, `label`, `unit`,
/// `coefficient`, `standard_error`?, `axis_min`, `axis_max`, `tick_step`?), `threshold`
/// (`probability`, `provenance`, `from_publication`), `performance` (`auroc`?, `auroc_ci_low`?,
/// `auroc_ci_high`?, `sensitivity`?, `specificity`?, `accuracy`?, `development_n`?, `validation`),
/// `covariance`? ((p+1)×(p+1) list of rows, order intercept, β₁…βₚ), `endpoint_window`? (`first_day`,
/// `last_day`, `tolerance_days`: days after the first treatment; `source`), `study_population`?
/// (`max_days_exam_before_treatment`, `bclc_stages`, `child_pugh_classes`, `regimen`,
/// `scanner_keywords`, `scanner_description`, `source`). Keys marked ? are optional.
/// Numbers are read with correct rounding, so the file reproduces the built-in model bit for bit.
public enum NomogramModelFile {
    /// Largest model file accepted, bytes.
    public static let maxBytes = 256 * 1024
    /// Largest number of YAML nodes accepted (guards against alias expansion).
    public static let maxNodes = 20_000

    /// Loads and validates a model file.
    /// - Parameter url: The file.
    /// - Returns: The model.
    /// - Throws: `NomogramModelFileError` naming the file, line and key path.
    public static func load(_ url: URL) throws(NomogramModelFileError) -> NomogramModel {
        let source = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NomogramModelFileError(source: source, keyPath: "", problem: .unreadable(error.localizedDescription))
        }
        guard data.count <= maxBytes else {
            throw NomogramModelFileError(source: source, keyPath: "", problem: .tooLarge(bytes: data.count))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NomogramModelFileError(source: source, keyPath: "", problem: .unreadable("it is not UTF-8 text"))
        }
        do {
            return try parse(text)
        } catch var error {
            error.source = source
            throw error
        }
    }

    /// Parses and validates a model definition.
    /// - Parameter yaml: The YAML text.
    /// - Returns: The model.
    /// - Throws: `NomogramModelFileError` with line and key path (no `source`).
    public static func parse(_ yaml: String) throws(NomogramModelFileError) -> NomogramModel {
        guard yaml.utf8.count <= maxBytes else {
            throw NomogramModelFileError(keyPath: "", problem: .tooLarge(bytes: yaml.utf8.count))
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw NomogramModelFileError(keyPath: "", problem: .syntax("the file is empty."))
            }
            root = node
        } catch let error as NomogramModelFileError {
            throw error
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
                let YamlError.composer(_, problem, mark, _) {
            throw NomogramModelFileError(line: mark.line, keyPath: "", problem: .syntax(problem + "."))
        } catch {
            throw NomogramModelFileError(keyPath: "", problem: .syntax("\(error)"))
        }
        var budget = maxNodes
        guard ModelNode.countNodes(root, budget: &budget) else {
            throw NomogramModelFileError(line: root.mark?.line, keyPath: "", problem: .tooComplex)
        }
        var lines: [String: Int] = [:]
        let model = try ModelNode(node: root, path: "", lines: &lines).model(lines: &lines)
        do {
            try validate(model)
        } catch var error {
            error.line = lines[error.keyPath]
            throw error
        }
        return model
    }

    /// Checks a model for the consistency every report relies on: predictors non-empty with unique
    /// names and known fields, finite numbers, axisMin < axisMax, tick step > 0, standard errors
    /// ≥ 0, threshold in (0, 1), performance proportions in [0, 1], and a covariance matrix (when
    /// present) that is (p+1)×(p+1), finite and symmetric with a non-negative diagonal. O(p²).
    /// - Parameter model: The model (from a file or built in code).
    /// - Throws: `NomogramModelFileError` with the key path of the first problem (no line).
    public static func validate(_ model: NomogramModel) throws(NomogramModelFileError) {
        func fail(_ path: String, _ reason: String) -> NomogramModelFileError {
            NomogramModelFileError(keyPath: path, problem: .invalidValue(reason))
        }
        guard model.intercept.isFinite else { throw fail("intercept", "the intercept must be a finite number.") }
        if let se = model.interceptStandardError, !(se >= 0 && se.isFinite) {
            throw fail("intercept_standard_error", "a standard error must be a finite number ≥ 0.")
        }
        guard !model.predictors.isEmpty else { throw fail("predictors", "a model needs at least one predictor.") }
        var names: Set<String> = []
        for (i, p) in model.predictors.enumerated() {
            let at = "predictors[\(i)]"
            guard !p.name.isEmpty else { throw fail("\(at).name", "a predictor needs a non-empty name.") }
            guard names.insert(p.name).inserted else {
                throw fail("\(at).name", "the predictor name \"\(p.name)\" is used twice; names must be unique.")
            }
            do {
                _ = try LesionField(path: p.field)
            } catch {
                throw fail("\(at).field", error.description)
            }
            guard p.coefficient.isFinite else { throw fail("\(at).coefficient", "the coefficient must be a finite number.") }
            if let se = p.standardError, !(se >= 0 && se.isFinite) {
                throw fail("\(at).standard_error", "a standard error must be a finite number ≥ 0.")
            }
            guard p.axisMin.isFinite, p.axisMax.isFinite, p.axisMin < p.axisMax else {
                throw fail("\(at).axis_max", "the axis must end above its start (axis_min \(ReportNumber.limit(p.axisMin)), axis_max \(ReportNumber.limit(p.axisMax))).")
            }
            if let step = p.tickStep, !(step > 0 && step.isFinite) {
                throw fail("\(at).tick_step", "the tick step must be a positive number.")
            }
        }
        let t = model.threshold.probability
        guard t > 0, t < 1 else {
            throw fail("threshold.probability", "the threshold must be a probability strictly between 0 and 1, found \(ReportNumber.limit(t)).")
        }
        let perf = model.performance
        let proportions: [(String, Double?)] = [("auroc", perf.auroc), ("auroc_ci_low", perf.aurocCILow),
                                                ("auroc_ci_high", perf.aurocCIHigh), ("sensitivity", perf.sensitivity),
                                                ("specificity", perf.specificity), ("accuracy", perf.accuracy)]
        for case let (key, value?) in proportions where !(value >= 0 && value <= 1) {
            throw fail("performance.\(key)", "a performance measure must lie between 0 and 1, found \(ReportNumber.limit(value)).")
        }
        if let low = perf.aurocCILow, let high = perf.aurocCIHigh, low > high {
            throw fail("performance.auroc_ci_high", "the upper confidence limit lies below the lower one.")
        }
        if let n = perf.developmentN, n < 1 {
            throw fail("performance.development_n", "the development sample size must be at least 1.")
        }
        if let w = model.endpointWindow {
            guard w.firstDay >= 0, w.lastDay >= w.firstDay else {
                throw fail("endpoint_window.last_day", "the endpoint window must end on or after its first day, and start on day 0 or later (first_day \(w.firstDay), last_day \(w.lastDay)).")
            }
            guard w.toleranceDays >= 0, w.toleranceDays <= w.firstDay else {
                throw fail("endpoint_window.tolerance_days", "the tolerance must lie between 0 and first_day (\(w.firstDay)) days, found \(w.toleranceDays).")
            }
        }
        if let p = model.studyPopulation, p.maxDaysExamBeforeTreatment < 0 {
            throw fail("study_population.max_days_exam_before_treatment", "the number of days must be 0 or more, found \(p.maxDaysExamBeforeTreatment).")
        }
        if let sigma = model.covariance {
            let size = model.predictors.count + 1
            guard sigma.count == size else {
                throw fail("covariance", "the covariance matrix must have \(size) rows (intercept and \(size - 1) coefficients), found \(sigma.count).")
            }
            for (i, row) in sigma.enumerated() {
                guard row.count == size else {
                    throw fail("covariance[\(i)]", "every covariance row must have \(size) entries, found \(row.count).")
                }
                guard row.allSatisfy(\.isFinite) else { throw fail("covariance[\(i)]", "covariance entries must be finite numbers.") }
                guard row[i] >= 0 else { throw fail("covariance[\(i)][\(i)]", "a variance on the diagonal cannot be negative.") }
                for j in 0..<i {
                    let a = row[j], b = sigma[j][i]
                    guard abs(a - b) <= 1e-12 * max(1, abs(a), abs(b)) else {
                        throw fail("covariance[\(i)][\(j)]", "the covariance matrix must be symmetric: entry [\(i)][\(j)] is \(a) but [\(j)][\(i)] is \(b).")
                    }
                }
            }
        }
    }
}
