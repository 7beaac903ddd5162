import Foundation
import TestSupport
import Testing

/// `hccreport cohort` end to end: the JSON contract and its numbers against R pROC
/// (`Fixtures/cohort-reference.json`, made by `Fixtures/make_cohort_fixtures.R`), the table's
/// synthetic-cohort banner and Youden tie note, and set-up errors.
@Suite struct CohortCommandTests {
    typealias CLI = CommandLineRunner

    /// A cohort given on the command line and its key in the reference file.
    struct Case: Sendable, CustomStringConvertible {
        let reference: String
        let arguments: [String]
        var description: String { reference }
    }

    static let smallCohort = "Tests/CLITests/Fixtures/small-cohort.csv"
    static let cases = [
        // The synthetic cohort as it was when pROC computed the reference (the bundled one is now
        // reconstructed differently; its AUCs are pinned against scikit-learn in ScoringTests).
        Case(reference: "synthetic", arguments: ["Tests/CLITests/Fixtures/synthetic-zhang-2025-v1.csv"]),
        Case(reference: "small", arguments: [smallCohort]),
    ]
    static let markerNames = ["nomogram", "size_mm", "nic_ap_percent", "ps_ml_min_100g"]
    /// The bundled reconstruction's own AUCs as printed (nomogram, size, NIC-AP, PS); scikit-learn's
    /// values are in `Tests/ScoringTests/Fixtures/synthetic-cohort-aucs.json`.
    static let syntheticAUCs = ["0.893", "0.625", "0.761", "0.737"]

    static func reference(_ key: String) throws -> [String: Any] {
        let url = PackagePaths.root.appendingPathComponent("Tests/CLITests/Fixtures/cohort-reference.json")
        let all = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(all[key] as? [String: Any])
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let out = try CLI.hccreport(["cohort"] + arguments + ["--format", "json"])
        try #require(out.status == 0, "cohort failed: \(out.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    }

    static func number(_ object: [String: Any], _ key: String) throws -> Double {
        try #require((object[key] as? NSNumber)?.doubleValue, "missing number \(key) in \(object)")
    }

    @Test(arguments: cases)
    func matchesPROC(_ c: Case) throws {
        let expected = try Self.reference(c.reference)
        let got = try Self.json(c.arguments)
        #expect(got["n_obr"] as? Int == expected["n_obr"] as? Int)
        #expect(got["n_nr"] as? Int == expected["n_nr"] as? Int)

        let gotMarkers = try #require(got["markers"] as? [[String: Any]])
        let refMarkers = try #require(expected["markers"] as? [[String: Any]])
        #expect(gotMarkers.compactMap { $0["name"] as? String } == Self.markerNames)
        #expect(refMarkers.compactMap { $0["name"] as? String } == Self.markerNames)
        for (g, r) in zip(gotMarkers, refMarkers) {
            let name = g["name"] as? String ?? "?"
            try expectClose(Self.number(g, "auc"), Self.number(r, "auc"), absolute: 1e-9, "\(name) AUC")
            try expectClose(Self.number(g, "auc_variance"), Self.number(r, "auc_variance"), absolute: 1e-9, "\(name) variance")
            let gci = try #require(g["auc_ci"] as? [Double]), rci = try #require(r["auc_ci"] as? [Double])
            #expect(gci.count == 2)
            expectClose(gci, rci, absolute: 1e-9, "\(name) AUC CI")
            let gy = try #require(g["youden"] as? [String: Any]), ry = try #require(r["youden"] as? [String: Any])
            for key in ["threshold", "sensitivity", "specificity", "accuracy"] {
                try expectClose(Self.number(gy, key), Self.number(ry, key), absolute: 1e-9, "\(name) Youden \(key)")
            }
            #expect(gy["ties"] as? Int == ry["ties"] as? Int, "\(name) Youden ties")
        }

        let gotTests = try #require(got["comparisons"] as? [[String: Any]])
        let refTests = try #require(expected["comparisons"] as? [[String: Any]])
        #expect(gotTests.map { "\($0["a"] ?? "")-\($0["b"] ?? "")" } == Self.markerNames.dropFirst().map { "nomogram-\($0)" })
        #expect(gotTests.count == refTests.count)
        for (g, r) in zip(gotTests, refTests) {
            let p = try Self.number(g, "delong_p"), q = try Self.number(r, "delong_p")
            // Relative tolerance, so that a p of 3e-7 is checked as strictly as a p of 0.2.
            expectClose(p, q, relative: 1e-6, "\(g["b"] ?? "") DeLong p")
        }
    }

    /// The small cohort has tied Youden cut-offs (size: 3, PS: 2); the one with the highest sensitivity is reported.
    @Test func reportsTheTiedYoudenCutoffWithTheHighestSensitivity() throws {
        let got = try Self.json([Self.smallCohort])
        let markers = try #require(got["markers"] as? [[String: Any]])
        let size = try #require(markers.first { $0["name"] as? String == "size_mm" }?["youden"] as? [String: Any])
        #expect(size["ties"] as? Int == 3)
        #expect(try Self.number(size, "threshold") == 38)
        #expect(try Self.number(size, "sensitivity") == 0.75)
    }

    /// With the bundled synthetic cohort the findings are the published AUCs; nothing computed on the
    /// generated lesions (cut-offs, rates, p-values) is printed, and its own AUCs are marked.
    @Test func syntheticTableGivesThePublishedAUCsAndNoComputedFinding() throws {
        let out = try CLI.hccreport(["cohort"])
        #expect(out.status == 0)
        #expect(out.stdout == """
            SYNTHETIC COHORT — Synthetic reference reconstructed from published summary statistics — not patient data.
            125 lesions: 71 ObR, 54 NR; model zhang-2025-dect-pct 1.0.0.

            Marker                       n ObR  n NR  Published AUC (95 % CI)  Source        AUC of the reconstruction
            ---------------------------  -----  ----  -----------------------  ------------  --------------------------------
            Nomogram (linear predictor)  71     54    0.913 (0.858–0.968)      Zhang et al.  \(Self.syntheticAUCs[0]) (not a finding: synthetic)
            Size                         71     54    0.623 (0.522–0.725)      Zhang et al.  \(Self.syntheticAUCs[1]) (not a finding: synthetic)
            NIC-AP                       71     54    0.770 (no CI published)  Zhang et al.  \(Self.syntheticAUCs[2]) (not a finding: synthetic)
            PS                           71     54    0.713 (no CI published)  Zhang et al.  \(Self.syntheticAUCs[3]) (not a finding: synthetic)

            The published AUCs are the findings. Youden cut-offs, sensitivities, specificities and DeLong p-values computed on \
            synthetic lesions are not findings and are not printed; `hccreport cohort COHORT` with a centre's own cohort shows them.
            SYNTHETIC COHORT: these numbers describe generated lesions, not patients.

            """)
        for computed in ["Youden cut-off ", "p vs nomogram", "≥", "Accuracy", "< 0.001"] { #expect(!out.stdout.contains(computed), "\(computed)") }
    }

    /// A centre's own cohort: the computed AUCs, cut-offs, rates and DeLong p-values are the findings.
    @Test func ownCohortTableShowsTheComputedValues() throws {
        let out = try CLI.hccreport(["cohort", Self.smallCohort])
        #expect(out.status == 0)
        #expect(out.stdout == """
            Reference cohort: \(Self.smallCohort) (16 lesions: 8 ObR, 8 NR)
            16 lesions: 8 ObR, 8 NR; model zhang-2025-dect-pct 1.0.0.

            Marker                       n ObR  n NR  AUC    95 % CI (DeLong)  Youden cut-off          Se     Sp     Accuracy  p vs nomogram (DeLong)
            ---------------------------  -----  ----  -----  ----------------  ----------------------  -----  -----  --------  ----------------------
            Nomogram (linear predictor)  8      8     0.969  0.896–1.000       ≥ −1.555 (P(NR) 0.174)  1.000  0.875  0.938     —
            Size                         8      8     0.820  0.608–1.000       ≥ 38.00 mm              0.750  0.750  0.750     0.146
            NIC-AP                       8      8     0.938  0.829–1.000       ≥ 18.50 %               0.875  0.875  0.875     0.533
            PS                           8      8     0.875  0.699–1.000       ≥ 29.00 mL/min/100 g    0.750  0.875  0.813     0.231

            NR is called at or beyond the cut-off. Where several cut-offs share the best Youden index, the one with the highest sensitivity is shown.
            Tied Youden cut-offs: Size 3, PS 2.

            """)
    }

    @Test func tableOfAFileCohortNamesItAndItsTies() throws {
        let out = try CLI.hccreport(["cohort", Self.smallCohort])
        #expect(out.status == 0)
        #expect(!out.stdout.contains("SYNTHETIC"))
        #expect(out.stdout.hasPrefix("Reference cohort: \(Self.smallCohort) (16 lesions: 8 ObR, 8 NR)\n"))
        #expect(out.stdout.contains("Tied Youden cut-offs: Size 3, PS 2.\n"))
    }

    @Test func jsonNamesTheSyntheticCohort() throws {
        let got = try Self.json([])
        let cohort = try #require(got["cohort"] as? [String: Any])
        #expect(cohort["synthetic"] as? Bool == true)
        #expect(cohort["label"] as? String == "Synthetic reference reconstructed from published summary statistics — not patient data")
        #expect(cohort["findings"] as? Bool == false)
        #expect(got["note"] as? String == "Not a finding: synthetic. The AUCs, Youden cut-offs and DeLong p-values here describe generated "
                + "lesions; the findings are the AUCs Zhang et al. published (markers[].published).")
        let markers = try #require(got["markers"] as? [[String: Any]])
        let published = markers.compactMap { $0["published"] as? [String: Any] }
        #expect(published.count == 4)
        #expect(published.compactMap { ($0["auc"] as? NSNumber)?.doubleValue } == [0.913, 0.623, 0.770, 0.713])
        #expect(published.map { ($0["auc_ci"] as? [Double]) ?? [] } == [[0.858, 0.968], [0.522, 0.725], [], []])
        #expect(published.allSatisfy { $0["source"] as? String == "Zhang et al." })
    }

    @Test func jsonOfAnOwnCohortIsAFinding() throws {
        let got = try Self.json([Self.smallCohort])
        #expect((got["cohort"] as? [String: Any])?["findings"] as? Bool == true)
        #expect(got["note"] == nil)
        #expect((got["markers"] as? [[String: Any]])?.allSatisfy { $0["published"] == nil } == true)
    }

    @Test func missingCohortIsASetupError() throws {
        let out = try CLI.hccreport(["cohort", "no-such-cohort.csv"])
        #expect(out.status == 2)
        #expect(out.stderr == "error: The reference cohort no-such-cohort.csv does not exist.\n")
        #expect(out.stdout.isEmpty)
    }

    @Test func badCohortRowIsReportedWithItsLine() throws {
        let dir = try makeTemporaryDirectory("cohort")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("bad.csv")
        try "lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g\na,ObR,1,2,3\nb,XX,1,2,3\n".write(to: csv, atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["cohort", csv.path, "--format", "json"])
        #expect(out.status == 2)
        #expect(out.stderr == "error: \(csv.path):3: outcome: expected one of ObR, NR, CR, PR, SD, PD, found \"XX\"\n")
        #expect(out.stdout.isEmpty)
    }

    @Test func unknownFormatIsAUsageError() throws {
        let out = try CLI.hccreport(["cohort", "--format", "xml"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("xml"))
    }
}
