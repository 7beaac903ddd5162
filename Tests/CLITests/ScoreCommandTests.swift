import Foundation
import TestSupport
import Testing

/// `hccreport score` and `validate` run as processes on the bundled examples and on broken input.
@Suite struct ScoreCommandTests {
    typealias CLI = CommandLineRunner

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func scoresTheExampleBatchWithTheJSONContract() throws {
        let out = try CLI.hccreport(["score", CLI.examples, "--format", "json"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let doc = try json(out.stdout)
        let model = try #require(doc["model"] as? [String: Any])
        #expect(model["id"] as? String == "zhang-2025-dect-pct")
        #expect(model["version"] as? String != nil)
        let cases = try #require(doc["cases"] as? [[String: Any]])
        #expect(cases.count == 16)
        #expect((doc["errors"] as? [Any])?.isEmpty == true)
        for c in cases {
            for key in ["source", "patient_id", "lesions", "dose", "mrecist"] { #expect(c.keys.contains(key), "case lacks \(key)") }
            for l in try #require(c["lesions"] as? [[String: Any]]) {
                for key in ["id", "size_mm", "nic_ap_percent", "ps_ml_min_100g", "linear_predictor", "probability_nr", "predicted", "points", "total_points", "warnings"] {
                    #expect(l.keys.contains(key), "lesion lacks \(key)")
                }
            }
        }
        // Figure 2 of the paper, recomputed from the formula (not from the product) to 1e-9.
        let figure2: [(String, Double, Double, Double)] = [("HCC-2025-0001", 42.4, 17.42, 17.38), ("HCC-2025-0002", 100.5, 54.71, 36.57)]
        for (id, size, nic, ps) in figure2 {
            let c = try #require(cases.first { $0["patient_id"] as? String == id })
            let l = try #require((c["lesions"] as? [[String: Any]])?.first)
            let lp = -7.705 + 0.043 * size + 0.143 * nic + 0.072 * ps
            expectClose(l["linear_predictor"] as? Double ?? .nan, lp, absolute: 1e-9)
            expectClose(l["probability_nr"] as? Double ?? .nan, 1 / (1 + exp(-lp)), absolute: 1e-9)
        }
        let p01 = try #require(cases.first { $0["patient_id"] as? String == "HCC-2025-0001" })
        let dose = try #require(p01["dose"] as? [String: Any])
        expectClose(dose["total_dlp_mgy_cm"] as? Double ?? 0, 1268, absolute: 1e-9)
        expectClose(dose["total_effective_dose_msv"] as? Double ?? 0, 1268 * 0.015, absolute: 1e-9)
        let mrecist = try #require(p01["mrecist"] as? [String: Any])
        #expect(mrecist["overall"] as? String == "PR")
        #expect(mrecist["objective_response"] as? Bool == true)
        #expect((mrecist["timepoints"] as? [Any])?.isEmpty == false)
        // The endpoint check uses the follow-up inside days 61–90 (± 7) after the first TACE, not the latest one.
        let endpoints: [(String, String?, Int?, String?, Bool?, String)] = [
            ("HCC-2025-0004", "2025-01-20", 70, "PR", false, "assessed"),   // latest is PD at day 133
            ("HCC-2025-0005", "2025-02-10", 66, "PR", true, "assessed"),    // latest is PD at day 129
            ("HCC-2025-0014", "2025-05-05", 63, "PR", true, "assessed"),    // week 9 PR, week 19 PD
            ("HCC-2025-0015", nil, nil, nil, nil, "no_followup_in_window"), // only week 30
            ("HCC-2025-0012", nil, nil, nil, nil, "not_yet_assessable"),    // no follow-up
        ]
        for (id, date, days, category, matched, status) in endpoints {
            let c = try #require(cases.first { $0["patient_id"] as? String == id })
            let l = try #require((c["lesions"] as? [[String: Any]])?.first)
            #expect(l["endpoint_status"] as? String == status, "\(id)")
            if let date {
                let e = try #require(l["endpoint"] as? [String: Any], "\(id)")
                #expect(e["date"] as? String == date && e["days_after_treatment"] as? Int == days, "\(id)")
                #expect(e["category"] as? String == category && e["matched"] as? Bool == matched, "\(id)")
            } else {
                #expect(l["endpoint"] is NSNull, "\(id)")
            }
        }
    }

    @Test func yamlAndJSONOfTheSameCaseScoreIdentically() throws {
        let fixtures = PackagePaths.root.appendingPathComponent("Tests/CLITests/Fixtures")
        let a = try json(try CLI.hccreport(["score", fixtures.appendingPathComponent("twin.yaml").path, "--format", "json"]).stdout)
        let b = try json(try CLI.hccreport(["score", fixtures.appendingPathComponent("twin.json").path, "--format", "json"]).stdout)
        func strip(_ d: [String: Any]) throws -> NSDictionary {
            var c = try #require((d["cases"] as? [[String: Any]])?.first)
            c.removeValue(forKey: "source")
            return c as NSDictionary
        }
        #expect(try strip(a).isEqual(to: try strip(b) as! [AnyHashable: Any]))
    }

    @Test func aBrokenCaseIsReportedWithFileLineAndFieldAndTheOthersAreScored() throws {
        let dir = try makeTemporaryDirectory("score-broken")
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try String(contentsOfFile: CLI.examples + "/p01-figure2-65y-obr.yaml", encoding: .utf8)
        try good.write(to: dir.appendingPathComponent("a-good.yaml"), atomically: true, encoding: .utf8)
        let broken = good.replacingOccurrences(of: "nic_percent: 17.42", with: "nic_percent: \"17,4\"")
        #expect(broken != good)
        try broken.write(to: dir.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["score", dir.path, "--format", "csv"])
        #expect(out.status == 1)
        let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.contains("\"17,4\"") }) + 1
        #expect(out.stderr.contains("b-broken.yaml:\(line): lesions[0].arterial.nic_percent:"), "stderr: \(out.stderr)")
        #expect(out.stdout.contains("HCC-2025-0001"))
        #expect(out.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2) // header + the good lesion
    }

    @Test func validateExitCodes() throws {
        let ok = try CLI.hccreport(["validate", CLI.examples])
        #expect(ok.status == 0)
        #expect(ok.stderr.contains("16 valid cases, 0 with errors, in 16 files."))
        let missing = try CLI.hccreport(["validate", "/nonexistent/case.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("/nonexistent/case.yaml"))
    }

    @Test(arguments: [["score"], ["score", CommandLineRunner.examples, "--format", "xml"], ["render", CommandLineRunner.examples], ["frobnicate"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let out = try CLI.hccreport(arguments)
        #expect(out.status == 2, "stderr: \(out.stderr)")
        #expect(!out.stderr.isEmpty)
    }

    @Test func anUnusableModelFileIsASetupError() throws {
        let dir = try makeTemporaryDirectory("bad-model")
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("model.yaml")
        try "id: x\nintercept: [\n".write(to: model, atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["score", CLI.examples, "--model", model.path])
        #expect(out.status == 2)
        #expect(out.stderr.contains("model.yaml"))
    }

    @Test func tableShowsTheSameProbabilityDigitsAsTheReport() throws {
        let out = try CLI.hccreport(["score", CLI.examples + "/p01-figure2-65y-obr.yaml"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("HCC-2025-0001  L1"))
        #expect(out.stdout.contains(" 0.105 "))
    }

    /// More files than one chunk of the streaming writer (256 per job): every format lists every
    /// case once, in input order, and a broken file in the middle is reported and skipped.
    @Test func outputIsStreamedInInputOrderAcrossChunks() throws {
        let dir = try makeTemporaryDirectory("score-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = try String(contentsOfFile: CLI.examples + "/p01-figure2-65y-obr.yaml", encoding: .utf8)
        let count = 600
        for i in 1...count {
            let id = String(format: "S-%04d", i)
            try template.replacingOccurrences(of: "HCC-2025-0001", with: id)
                .write(to: dir.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        try "patient: [broken".write(to: dir.appendingPathComponent("S-0300b.yaml"), atomically: true, encoding: .utf8)
        let ids = (1...count).map { String(format: "S-%04d", $0) }

        let json = try CLI.hccreport(["score", dir.path, "--format", "json", "--jobs", "1"])
        #expect(json.status == 1)
        let doc = try self.json(json.stdout)
        let cases = try #require(doc["cases"] as? [[String: Any]])
        #expect(cases.compactMap { $0["patient_id"] as? String } == ids)
        let errors = try #require(doc["errors"] as? [[String: Any]])
        #expect(errors.count == 1 && (errors.first?["source"] as? String)?.hasSuffix("S-0300b.yaml") == true)

        let csv = try CLI.hccreport(["score", dir.path, "--format", "csv", "--jobs", "2"])
        #expect(csv.status == 1)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("source,patient_id,") == true)
        #expect(lines.filter { $0.hasPrefix("source,") }.count == 1)
        #expect(lines.dropFirst().map { $0.split(separator: ",")[1] }.map(String.init) == ids)
        #expect(csv.stderr.contains("S-0300b.yaml"))

        let table = try CLI.hccreport(["score", dir.path, "--jobs", "2"])
        let rows = table.stdout.split(separator: "\n").filter { $0.hasPrefix("S-") }
        #expect(rows.map { String($0.prefix(6)) } == ids)
    }
}
