import CairoBackend
import Canvas
import ClinicalModel
import CohortAnalysis
import Formatting
import Foundation
import ReportComposer
import Scoring

/// The body of `hccreport analyze`: load, analyse, write the report, JSON and model file.
public enum AnalyzeRun {
    /// What the command line asks for.
    public struct Request {
        /// The cohort CSV or folder of case files, as named on the command line.
        let cohort: String
        /// Where to write the refit model, if anywhere.
        let modelOut: String?
        /// What to write into the output folder.
        let formats: [AnalyzeOutput]
        /// Candidate predictors, bootstrap resamples and seed.
        let options: CohortAnalysisOptions

        /// A request with every field given.
        public init(cohort: String, modelOut: String?, formats: [AnalyzeOutput], options: CohortAnalysisOptions) {
            self.cohort = cohort
            self.modelOut = modelOut
            self.formats = formats
            self.options = options
        }
    }

    /// Why `execute` stopped; the message has already gone to standard error.
    public enum Failure: Error {
        /// The cohort cannot be analysed or an output cannot be written (exit code 2).
        case usageOrSetup
        /// The outputs were written but `--model-out` could not be produced (exit code 1).
        case noRefitModel
    }

    /// Everything resolved before the analysis starts (failures up to here are set-up errors, exit 2).
    public struct Prepared {
        let model: NomogramModel
        let settings: BatchRenderer.Settings
        let cohort: AnalysisCohort
        /// SHA-256 of the cohort file; `nil` for a folder.
        let digest: String?
    }

    /// Loads the cohort and checks that the outputs can be written.
    /// - Parameters:
    ///   - request: What the command line asks for.
    ///   - model: The validated model (built-in or `--model`).
    ///   - settings: The rendering settings resolved as `render` resolves them.
    /// - Returns: The prepared inputs.
    /// - Throws: `SetupError` with a sentence naming the problem.
    public static func prepare(_ request: Request, model: NomogramModel, settings: BatchRenderer.Settings) throws -> Prepared {
        let reference = try CohortLoading.load(request.cohort, model: model)
        for omission in reference.omissions { printError("note: \(request.cohort): \(omission)") }
        let cohort: AnalysisCohort
        do { cohort = try AnalysisCohort(reference) } catch { throw SetupError("\(error)") }
        var digest: String?
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: request.cohort, isDirectory: &isDirectory), !isDirectory.boolValue {
            do {
                digest = InputDigest.sha256(try Data(contentsOf: URL(fileURLWithPath: request.cohort)))
            } catch {
                throw SetupError("The cohort \(request.cohort) cannot be read: \(AtomicFile.describe(error)).")
            }
        }
        if let out = request.modelOut {
            let folder = URL(fileURLWithPath: out).deletingLastPathComponent()
            guard access(folder.path, W_OK | X_OK) == 0 else {
                throw SetupError("The model file \(out) cannot be written: its folder \(folder.path) is not writable or does not exist.")
            }
        }
        return Prepared(model: model, settings: settings, cohort: cohort, digest: digest)
    }

    /// Runs the analysis and writes the outputs.
    /// - Parameters:
    ///   - prepared: The resolved inputs.
    ///   - request: What the command line asks for.
    /// - Throws: `Failure.usageOrSetup` when the cohort cannot be analysed or an output cannot be written,
    ///   `Failure.noRefitModel` when `--model-out` was asked for but no refit model exists.
    public static func execute(_ prepared: Prepared, request: Request) throws {
        let settings = prepared.settings
        AtomicFile.removeStalePartials(in: settings.outputDirectory)
        let bar = ProgressBar(total: request.options.bootstrapResamples)
        let result: CohortAnalysisResult
        do {
            result = try CohortAnalysis.run(cohort: prepared.cohort, model: prepared.model, options: request.options) { step in
                if step.stage == .bootstrap { bar.advance(failed: false) }
            }
            bar.finish()
        } catch {
            bar.finish()
            printError("error: \(request.cohort): \(error)")
            throw Failure.usageOrSetup
        }
        for warning in result.warnings { printError("warning: \(warning)") }
        var written: [String] = []
        do {
            for kind in Set(request.formats).sorted(by: { $0.rawValue > $1.rawValue }) {
                let destination = settings.outputDirectory.appendingPathComponent(kind.fileName)
                switch kind {
                case .json: try AtomicFile.write(try JSONDocument.data(result, keys: .snakeCase, nonFinite: .strings), to: destination)
                case .pdf: try writePDF(result, prepared: prepared, source: request.cohort, to: destination)
                }
                written.append(destination.path)
            }
        } catch {
            printError("error: \(error)")
            throw Failure.usageOrSetup
        }
        print(summary(result))
        for path in written { printError("Wrote \(path)") }
        guard let out = request.modelOut else { return }
        guard let text = CohortAnalysis.modelFileText(for: result) else {
            let reason = result.refitModelUnavailableReason ?? "the refit model is unavailable."
            let hint = result.refit.separation != nil
                ? " Leave the separating predictor out (--predictors with the other candidates) or collect more lesions, then rerun." : ""
            printError("error: no refit model was written to \(out): \(reason)\(hint)")
            throw Failure.noRefitModel
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
        } catch {
            printError("error: \(error)")
            throw Failure.usageOrSetup
        }
        printError("Wrote the refit model to \(out); use it with: hccreport render --model \(out) ...")
    }

    /// Composes the cohort report and writes it as PDF through a temporary file.
    /// - Parameters:
    ///   - result: The analysis.
    ///   - prepared: The resolved inputs.
    ///   - source: The cohort as named on the command line (printed on the report).
    ///   - destination: The PDF file.
    /// - Throws: `SetupError` when the file cannot be written.
    static func writePDF(_ result: CohortAnalysisResult, prepared: Prepared, source: String, to destination: URL) throws {
        let settings = prepared.settings
        let report = CohortReport(result: result, validatedModel: prepared.model, source: source, inputDigest: prepared.digest,
                                  generatedDate: settings.generatedDate, toolVersion: ToolVersion.current,
                                  institution: settings.institution, paper: settings.paper)
        try PDFFile.write(to: destination, fontsDirectory: settings.fontsDirectory) { measurer in
            report.compose(template: settings.template, measurer: measurer)
        }
    }

    /// The key numbers for standard output.
    static func summary(_ result: CohortAnalysisResult) -> String {
        let v = result.externalValidation, r = result.refitValidation
        func auc(_ m: ModelValidation) -> String {
            ReportNumber.interval(m.discrimination.auc, m.discrimination.aucLow, m.discrimination.aucHigh)
        }
        var lines = [
            "Cohort: \(result.cohort.lesions) lesions (\(result.cohort.negatives) \(result.cohort.negativeClass), "
                + "\(result.cohort.positives) \(result.cohort.positiveClass)); \(result.modellingLesions) used for modelling.",
            "Validated model \(result.externalModelId) \(result.externalModelVersion): AUC \(auc(v)), calibration intercept "
                + "\(ReportNumber.fixed(v.calibrationIntercept.value, 3)), slope \(ReportNumber.fixed(v.calibrationSlope.value, 3)), "
                + "Brier \(ReportNumber.fixed(v.brierScore, 3)).",
        ]
        let e = result.refitEstimability
        lines.append("Events per candidate predictor: \(e.events) events / \(e.candidates) candidate\(e.candidates == 1 ? "" : "s") = "
                     + "\(ReportNumber.fixed(e.eventsPerCandidate, 1)) (minimum \(ReportNumber.fixed(e.minimum, 0)), \(RefitEstimability.source)).")
        if e.isEstimable {
            lines += [
                "Refit model (\(result.backwardElimination.kept.joined(separator: ", "))): apparent AUC \(auc(r))"
                    + (result.bootstrap.map { ", optimism-corrected AUC \(CohortReport.corrected($0.correctedAUC, $0)), slope \(CohortReport.corrected($0.correctedSlope, $0))" } ?? "")
                    + ".",
                "Paired DeLong test of the AUCs: \(ReportNumber.pStatement(result.comparison.pValue)).",
            ]
            if let reason = result.refitModelUnavailableReason { lines.append("No refit model: \(reason)") }
        } else {
            lines.append("Refit model and its bootstrap: not estimable — \(e.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
