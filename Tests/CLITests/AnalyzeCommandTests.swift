import Foundation
import Scoring
import TestSupport
import Testing

/// `hccreport analyze` end to end: the built binary on the committed CohortAnalysis fixtures.
@Suite(.serialized) struct AnalyzeCommandTests {
    static func fixture(_ name: String) -> String {
        FixtureFolder("CohortAnalysisTests").path(name)
    }

    /// Text of a PDF with poppler's default (reading-order) layout.
    static func text(_ pdf: URL) throws -> String {
        let out = try CommandLineRunner.tool("pdftotext", [pdf.path, "-"])
        #expect(out.status == 0, "pdftotext: \(out.stderr)")
        return out.stdout
    }

    @Test func mainCohortWritesACheckedPDFTheJSONAndAModelWithCovariance() throws {
        let dir = try makeTemporaryDirectory("analyze")
        defer { try? FileManager.default.removeItem(at: dir) }
        let modelURL = dir.appendingPathComponent("refit.yaml")
        let run = try CommandLineRunner.hccreport([
            "analyze", Self.fixture("cohort_main.csv"), "-o", dir.path, "--model-out", modelURL.path,
            "--bootstrap", "20", "--seed", "7", "--format", "pdf", "--format", "json", "--date", "2025-06-01",
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let pdf = dir.appendingPathComponent("cohort-report.pdf")
        let check = try CommandLineRunner.tool("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "qpdf: \(check.stdout)\(check.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
        // Tagged (docs/TAGGING.md): every check of check_tagged_pdf.py holds; the four charts are
        // figures whose alternative text says what they show.
        let tagged = try TaggedPDF.read(pdf.path)
        #expect(tagged.problems.isEmpty, "\(tagged.problems.prefix(5))")
        #expect(tagged.figures.compactMap(\.alt).map { String($0.prefix(12)) }
                == ["Nomogram: po", "ROC curves (", "Calibration ", "Decision cur"], "\(tagged.figures)")

        // The numbers in the PDF and on standard output are those of the JSON.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("cohort-analysis.json")))
            as? [String: Any])
        let external = try #require((json["external_validation"] as? [String: Any])?["discrimination"] as? [String: Any])
        let auc = try #require(external["auc"] as? Double)
        let text = try Self.text(pdf)
        let aucText = String(format: "%.3f", auc)
        #expect(text.contains("AUC \(aucText) (95 % CI"))
        #expect(run.stdout.contains("AUC \(aucText) ("))
        #expect(text.contains("Table 5"))
        let rows = try #require((json["refit"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows {
            let numbers = ["coefficient", "standard_error", "wald"].map { key -> String in
                let v = (row[key] as? Double) ?? .nan
                return String(format: "%.3f", v).replacingOccurrences(of: "-", with: "−")
            }
            for number in numbers { #expect(text.contains(number), "\(row["term"] ?? "?"): \(number) not in the PDF") }
        }
        #expect(text.contains("Cohort SHA-256 "))
        #expect(text.contains("bootstrap 20 resamples, seed 7"))

        // The model file loads, carries the covariance and gives a 95 % CI in a patient report.
        let model = try NomogramModelFile.load(modelURL)
        let covariance = try #require(model.covariance)
        #expect(covariance.count == 4 && covariance.allSatisfy { $0.count == 4 })
        #expect(model.predictors.map(\.name) == ["size_mm", "nic_ap_percent", "ps_ml_min_100g"])
        let reports = dir.appendingPathComponent("reports")
        let render = try CommandLineRunner.hccreport(["render", CommandLineRunner.examples, "--model", modelURL.path,
                                                      "-o", reports.path, "--date", "2025-06-01"])
        #expect(render.status == 0 || render.status == 1, "stderr: \(render.stderr)")
        let patient = try #require(try FileManager.default.contentsOfDirectory(atPath: reports.path)
            .first { $0.hasSuffix(".pdf") && $0 != "overview.pdf" })
        let patientText = try Self.text(reports.appendingPathComponent(patient))
        #expect(patientText.contains("95 % CI"))
        #expect(!patientText.contains("No confidence interval is shown"))
    }

    @Test func thePublishedModelSaysWhyNoIntervalIsShown() throws {
        let dir = try makeTemporaryDirectory("analyze-published")
        defer { try? FileManager.default.removeItem(at: dir) }
        let render = try CommandLineRunner.hccreport(["render", CommandLineRunner.examples + "/p01-figure2-65y-obr.yaml",
                                                      "-o", dir.path, "--date", "2025-06-01"])
        #expect(render.status == 0, "stderr: \(render.stderr)")
        let patient = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .first { $0.hasSuffix(".pdf") && $0 != "overview.pdf" })
        let text = try Self.text(dir.appendingPathComponent(patient)).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("No confidence interval is shown: No covariance matrix of the coefficients was published"))
    }

    @Test func aSeparatedCohortExplainsWhyNoModelFileWasWritten() throws {
        let dir = try makeTemporaryDirectory("analyze-separated")
        defer { try? FileManager.default.removeItem(at: dir) }
        let modelURL = dir.appendingPathComponent("refit.yaml")
        let run = try CommandLineRunner.hccreport([
            "analyze", Self.fixture("cohort_small.csv"), "-o", dir.path, "--model-out", modelURL.path,
            "--predictors", "size_mm,nic_ap_percent,ps_ml_min_100g,tmax_s", "--bootstrap", "5", "--date", "2025-06-01", "--min-events-per-predictor", "0",
        ])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("error: no refit model was written to \(modelURL.path): Complete separation"))
        #expect(run.stderr.contains("Leave the separating predictor out (--predictors"))
        #expect(!FileManager.default.fileExists(atPath: modelURL.path))
        // The report is still written and says the same.
        let text = try Self.text(dir.appendingPathComponent("cohort-report.pdf"))
        #expect(text.contains("No refit model file can be produced"))
        #expect(text.contains("Complete separation"))

        // Without the separating column the same cohort refits and the model file is written.
        let clean = try CommandLineRunner.hccreport([
            "analyze", Self.fixture("cohort_small.csv"), "-o", dir.path, "--model-out", modelURL.path,
            "--predictors", "size_mm,nic_ap_percent,ps_ml_min_100g", "--bootstrap", "5", "--format", "json", "--min-events-per-predictor", "0",
        ])
        #expect(clean.status == 0, "stderr: \(clean.stderr)")
        #expect(FileManager.default.fileExists(atPath: modelURL.path))
    }

    @Test(arguments: [
        (["analyze", "/nonexistent/cohort.csv", "-o", "/tmp"], "The reference cohort /nonexistent/cohort.csv does not exist."),
        (["analyze", "COHORT", "-o", "OUT", "--bootstrap=-1"], "--bootstrap must be between 0 and 100000."),
        (["analyze", "COHORT", "-o", "OUT", "--format", "png"], "png"),
        (["analyze", "COHORT", "-o", "OUT", "--predictors", "no_such_column"], "The cohort has no column \"no_such_column\""),
    ])
    func badInputsExitWithTwo(_ arguments: [String], _ message: String) throws {
        let dir = try makeTemporaryDirectory("analyze-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let resolved = arguments.map { $0 == "COHORT" ? Self.fixture("cohort_main.csv") : ($0 == "OUT" ? dir.path : $0) }
        let bootstrap = arguments.contains { $0.hasPrefix("--bootstrap") } ? [] : ["--bootstrap", "0"]
        let run = try CommandLineRunner.hccreport(resolved + bootstrap)
        #expect(run.status == 2, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cohort-report.pdf").path))
    }

    /// The example batch (17 lesions, 5 NR at the endpoint) is far below 10 events per candidate: the refit and its
    /// bootstrap print as not estimable, with the reason, and no AUC outside [0, 1] is printed.
    @Test func theExampleBatchIsTooSmallToRefit() throws {
        let dir = try makeTemporaryDirectory("analyze-examples")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandLineRunner.hccreport(["analyze", CommandLineRunner.examples, "-o", dir.path, "--format", "json", "--bootstrap", "20"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("Events per candidate predictor: 5 events / 1 candidate = 5.0 (minimum 10, Peduzzi et al., J Clin Epidemiol 1996)."))
        #expect(run.stdout.contains("Refit model and its bootstrap: not estimable — 5 events (lesions of the less frequent outcome) for 1 candidate predictor: "
                                    + "5.0 per candidate, below the minimum of 10.0 (Peduzzi et al., J Clin Epidemiol 1996)"))
        #expect(!run.stdout.contains("optimism-corrected"))
        for match in run.stdout.matches(of: /AUC (\d+\.\d+)/) { #expect(Double(match.1)! <= 1) }
    }
}
