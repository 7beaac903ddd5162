import CairoBackend
import Canvas
import ClinicalModel
import CohortAnalysis
import Foundation
import ReportComposer
import Scoring

/// The body of `hccreport analyze`: load, analyse, write the report, JSON and model file.
enum AnalyzeRun {
    /// Everything resolved before the analysis starts (failures up to here are set-up errors, exit 2).
    struct Prepared {
        let model: NomogramModel
        let settings: BatchRenderer.Settings
        let cohort: AnalysisCohort
        /// SHA-256 of the cohort file; `nil` for a folder.
        let digest: String?
    }

    /// Loads the model, template, fonts and cohort.
    /// - Parameter command: The parsed command line.
    /// - Returns: The prepared inputs.
    /// - Throws: `SetupError` with a sentence naming the problem.
    static func prepare(_ command: AnalyzeCommand) throws -> Prepared {
        let model = try command.modelOptions.load()
        let settings = try command.renderSettings(model: model)
        let reference = try CohortLoading.load(command.cohort, model: model)
        for omission in reference.omissions { printError("note: \(command.cohort): \(omission)") }
        let cohort: AnalysisCohort
        do { cohort = try AnalysisCohort(reference) } catch { throw SetupError("\(error)") }
        var digest: String?
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: command.cohort, isDirectory: &isDirectory), !isDirectory.boolValue {
            do {
                digest = InputDigest.sha256(try Data(contentsOf: URL(fileURLWithPath: command.cohort)))
            } catch {
                throw SetupError("The cohort \(command.cohort) cannot be read: \(AtomicFile.describe(error)).")
            }
        }
        if let out = command.modelOut {
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
    ///   - command: The parsed command line.
    /// - Throws: An `ExitCode`: 2 when the cohort cannot be analysed or an output cannot be written, 1 when
    ///   `--model-out` was asked for but no refit model exists.
    static func execute(_ prepared: Prepared, command: AnalyzeCommand) throws {
        let settings = prepared.settings
        AtomicFile.removeStalePartials(in: settings.outputDirectory)
        let bar = ProgressBar(total: command.bootstrap)
        let result: CohortAnalysisResult
        do {
            result = try CohortAnalysis.run(cohort: prepared.cohort, model: prepared.model, options: command.analysisOptions) { step in
                if step.stage == .bootstrap { bar.advance(failed: false) }
            }
            bar.finish()
        } catch {
            bar.finish()
            printError("error: \(command.cohort): \(error)")
            throw ExitStatus.usageOrSetup
        }
        for warning in result.warnings { printError("warning: \(warning)") }
        var written: [String] = []
        do {
            for kind in Set(command.format).sorted(by: { $0.rawValue > $1.rawValue }) {
                let destination = settings.outputDirectory.appendingPathComponent(kind.fileName)
                switch kind {
                case .json: try AtomicFile.write(try CohortAnalysis.jsonEncoder().encode(result), to: destination)
                case .pdf: try writePDF(result, prepared: prepared, command: command, to: destination)
                }
                written.append(destination.path)
            }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        print(summary(result))
        for path in written { printError("Wrote \(path)") }
        guard let out = command.modelOut else { return }
        guard let text = CohortAnalysis.modelFileText(for: result) else {
            let reason = result.refitModelUnavailableReason ?? "the refit model is unavailable."
            let hint = reason.localizedCaseInsensitiveContains("separation")
                ? " Leave the separating predictor out (--predictors with the other candidates) or collect more lesions, then rerun." : ""
            printError("error: no refit model was written to \(out): \(reason)\(hint)")
            throw ExitStatus.someCasesFailed
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        printError("Wrote the refit model to \(out); use it with: hccreport render --model \(out) ...")
    }

    /// Composes the cohort report and writes it as PDF through a temporary file.
    static func writePDF(_ result: CohortAnalysisResult, prepared: Prepared, command: AnalyzeCommand, to destination: URL) throws {
        let settings = prepared.settings
        let report = CohortReport(result: result, validatedModel: prepared.model, source: command.cohort, inputDigest: prepared.digest,
                                  generatedDate: settings.generatedDate, toolVersion: HCCReport.version,
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
            "Refit model (\(result.backwardElimination.kept.joined(separator: ", "))): apparent AUC \(auc(r))"
                + (result.bootstrap.map { ", optimism-corrected AUC \(CohortReport.corrected($0.correctedAUC, $0)), slope \(CohortReport.corrected($0.correctedSlope, $0))" } ?? "")
                + ".",
            "Paired DeLong test of the AUCs: \(ReportNumber.pStatement(result.comparison.pValue)).",
        ]
        if let reason = result.refitModelUnavailableReason { lines.append("No refit model: \(reason)") }
        return lines.joined(separator: "\n")
    }
}
