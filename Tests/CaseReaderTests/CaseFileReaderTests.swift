import CaseReader
import ClinicalModel
import Foundation
import Testing
import TestSupport

@Suite("Reading valid case files")
struct CaseFileReaderTests {
    let reader = CaseFileReader()

    @Test("the YAML and JSON samples give identical cases apart from the source")
    func yamlEqualsJSON() throws {
        let yaml = reader.read(contentsOf: CaseText.fixtures.appendingPathComponent("hcc-2025-0007.yaml"))
        let json = reader.read(contentsOf: CaseText.fixtures.appendingPathComponent("hcc-2025-0007.json"))
        #expect(yaml.errors.isEmpty)
        #expect(json.errors.isEmpty)
        var fromYAML = try #require(yaml.cases.first)
        let fromJSON = try #require(json.cases.first)
        #expect(fromYAML.source.hasSuffix("hcc-2025-0007.yaml"))
        fromYAML.source = fromJSON.source
        #expect(fromYAML == fromJSON)
    }

    @Test("the full sample maps every schema field")
    func fullSample() throws {
        let result = reader.read(contentsOf: CaseText.fixtures.appendingPathComponent("hcc-2025-0007.yaml"))
        let patientCase = try #require(result.cases.first)
        #expect(result.entryCount == 1)
        #expect(patientCase.schemaVersion == 1)
        #expect(patientCase.patient == Patient(id: "HCC-2025-0007", name: "Wang, Li", birthDate: CalendarDate(year: 1958, month: 4, day: 2),
                                               sex: .male, weightKg: 68, childPugh: "A6", bclc: "B", etiology: "HBV", afpNgMl: 412.5))
        let exam = try #require(patientCase.exam)
        #expect(exam.date == CalendarDate(year: 2025, month: 1, day: 14))
        #expect(exam.scanner == "GE Revolution CT")
        #expect(exam.software == "GE AW 4.7")
        let dose = try #require(exam.dose)
        #expect(dose.kFactor == 0.015 && dose.kFactorGiven)
        #expect(dose.series.map(\.kind) == [.plain, .perfusion, .dualEnergy])
        #expect(dose.series[0] == DoseSeries(name: "Non-contrast", kind: .plain, ctdiVolMGy: 6.1, phantomCm: 32, dlpMGyCm: 110, scanLengthCm: 16))
        let lesion = try #require(patientCase.lesions.first)
        #expect(lesion.id == "L1" && lesion.segment == "S8" && lesion.location == .peripheral && lesion.coronaEnhancement == true)
        #expect(lesion.sizeMm == Measurement(42.4))
        #expect(lesion.viableDiameterMm == 40)
        #expect(lesion.arterial == PhaseMeasurements(icMgMl: Measurement(2.1), icAortaMgMl: Measurement(12), nicPercent: Measurement(17.42),
                                                     zeff: Measurement(8.8), ct40keVHU: Measurement(210), ct90keVHU: Measurement(70)))
        #expect(lesion.portalVenous?.nicPercent == nil)
        #expect(lesion.perfusion == PerfusionMeasurements(ps: Measurement(17.38), bv: Measurement(12), bf: Measurement(80), habf: Measurement(60),
                                                          mtt: Measurement(9.5), ttp: Measurement(20), tmax: Measurement(5)))
        #expect(patientCase.treatment == Treatment(taceDate: CalendarDate(year: 2025, month: 1, day: 20), lenvatinibMgPerDay: 8, ici: .camrelizumab))
        #expect(patientCase.followUps == [FollowUp(date: CalendarDate(year: 2025, month: 3, day: 25)!,
                                                  lesions: [.init(lesionId: "L1", viableDiameterMm: 12)], nonTarget: FollowUp.NonTargetStatus.none, newLesions: false)])
        #expect(patientCase.readWarnings.isEmpty)
    }

    @Test("a multi-patient list yields every patient with #N sources and averages observers and ROIs")
    func multiPatient() throws {
        let result = reader.read(contentsOf: CaseText.fixtures.appendingPathComponent("board-2025-02.yaml"))
        #expect(result.errors.isEmpty)
        #expect(result.entryCount == 2)
        #expect(result.cases.map(\.source) == result.cases.indices.map { "\(result.source)#\($0 + 1)" })
        #expect(result.cases.map(\.patient.id) == ["HCC-2025-0012", "20250219"])
        let first = try #require(result.cases.first)
        let nic = try #require(first.lesions[0].arterial?.nicPercent)
        #expect(nic.form == .observers)
        #expect(nic.observers == [[54.2, 55.0, 54.9], [54.6, 54.8, 54.76]])
        expectClose(nic.value, ((54.2 + 55.0 + 54.9) / 3 + (54.6 + 54.8 + 54.76) / 3) / 2, absolute: 1e-12)
        let ps = try #require(first.lesions[0].perfusion?.ps)
        #expect(ps.form == .rois && ps.readingCount == 3)
        expectClose(ps.value, (36.1 + 36.9 + 36.71) / 3, absolute: 1e-12)
        #expect(first.lesions[1].arterial?.nicPercent == nil)
        expectClose(first.lesions[1].arterial?.effectiveNICPercent ?? 0, 100 * 3.1 / 11.4, absolute: 1e-12)
    }

    @Test("one bad patient in a list does not lose the others; the error names the entry")
    func badEntryKeepsOthers() {
        let text = """
            - patient: {id: A}
              lesions: [{id: L1, size_mm: 30, arterial: {nic_percent: 12}, perfusion: {ps: 10}}]
            - patient: {id: B}
              lesions: [{id: L1, size_mm: 30, arterial: {nic_percent: "x"}, perfusion: {ps: 10}}]
            - patient: {id: C}
              lesions: [{id: L1, size_mm: 30, arterial: {nic_percent: 12}, perfusion: {ps: 10}}]

            """
        let result = CaseText.read(text, name: "board.yaml")
        #expect(result.cases.map(\.patient.id) == ["A", "C"])
        #expect(result.cases.map(\.source) == ["board.yaml#1", "board.yaml#3"])
        #expect(result.entryCount == 3)
        #expect(result.errors.map(\.description) == [
            "board.yaml#2:4: lesions[0].arterial.nic_percent: expected a number in percent, found \"x\" (in quotes, so it is text)",
        ])
    }

    @Test("several YAML documents are several patients")
    func multiDocumentYAML() {
        let text = "patient: {id: A}\nlesions: [{id: L1, size_mm: 30, arterial: {nic_percent: 12}, perfusion: {ps: 10}}]\n---\n"
            + "patient: {id: B}\nlesions: [{id: L1, size_mm: 30, arterial: {nic_percent: 12}, perfusion: {ps: 10}}]\n"
        let result = CaseText.read(text)
        #expect(result.cases.map(\.source) == ["p.yaml#1", "p.yaml#2"])
    }

    @Test("YAML and JSON agree on the same measurement forms, numbers, escapes and identifiers")
    func yamlJSONForms() throws {
        let yaml = """
            patient:
              id: 12345
              name: "Jos\\u00e9 \\U0001F600 a/b"
            lesions:
              - id: 7
                size_mm: 4.24e1
                corona_enhancement: false
                arterial:
                  nic_percent: [[17.1, 17.6], [17.9]]
                  ct_90kev_hu: -12
                perfusion:
                  ps: {observers: [17.3, [17.9, 18.2, 17.7]]}

            """
        let json = """
            {"patient": {"id": 12345, "name": "Jos\\u00e9 \\ud83d\\ude00 a\\/b"},
             "lesions": [{"id": 7, "size_mm": 4.24e1, "corona_enhancement": false,
                          "arterial": {"nic_percent": [[17.1, 17.6], [17.9]], "ct_90kev_hu": -12},
                          "perfusion": {"ps": {"observers": [17.3, [17.9, 18.2, 17.7]]}}}]}
            """
        var fromYAML = try #require(CaseText.read(yaml).cases.first)
        let fromJSON = try #require(CaseText.read(json, name: "p.json").cases.first)
        fromYAML.source = fromJSON.source
        #expect(fromYAML == fromJSON)
        #expect(fromJSON.patient.id == "12345")
        #expect(fromJSON.patient.name == "José 😀 a/b")
        #expect(fromJSON.lesions[0].id == "7")
        #expect(fromJSON.lesions[0].sizeMm?.value == 42.4)
        #expect(fromJSON.lesions[0].arterial?.nicPercent?.form == .observers)
        #expect(fromJSON.lesions[0].perfusion?.ps?.observers == [[17.3], [17.9, 18.2, 17.7]])
    }

    @Test("follow-ups are sorted by date; null values count as absent; a BOM is accepted")
    func followUpOrderAndNulls() throws {
        let text = "\u{FEFF}" + CaseText.appending("""
            treatment:
              tace_date: ~
            followup:
              - date: 2025-06-01
                lesions: [{id: L1, viable_diameter_mm: 0}]
                new_lesions: yes
              - date: 2025-03-01
                lesions: [{id: L1, viable_diameter_mm: 20}]
                non_target: non_cr_non_pd
            """)
        let patientCase = try #require(CaseText.read(text).cases.first)
        #expect(patientCase.treatment == Treatment())
        #expect(patientCase.followUps.map(\.date.description) == ["2025-03-01", "2025-06-01"])
        #expect(patientCase.followUps.map(\.newLesions) == [false, true])
        #expect(patientCase.followUps[0].nonTarget == .nonCRNonPD)
    }

    @Test("the set of required lesion inputs is a parameter")
    func requiredInputsParameter() throws {
        let required = try RequiredLesionInputs(fields: ["size_mm", "perfusion.bf"])
        let reader = CaseFileReader(requiredLesionInputs: required)
        let result = CaseText.read(CaseText.minimal, reader: reader)
        #expect(result.errors.map(\.description) == ["p.yaml:10: lesions[0].perfusion.bf: missing; the prediction model needs this value"])
        #expect(throws: UnknownLesionFieldError(field: "perfusion.bff", suggestion: "perfusion.bf")) {
            try RequiredLesionInputs(fields: ["perfusion.bff"])
        }
        #expect(RequiredLesionInputs.publishedModel.fields == ["size_mm", "arterial.nic_percent", "perfusion.ps"])
    }

    @Test("errors per patient are capped and summarised")
    func errorCap() {
        let lesions = (0..<30).map { "  - {id: L\($0), size_mm: -1, arterial: {nic_percent: 12}, perfusion: {ps: -1}}" }.joined(separator: "\n")
        let reader = CaseFileReader(limits: CaseReaderLimits(maxErrorsPerCase: 50))
        let result = CaseText.read("patient: {id: P}\nlesions:\n" + lesions + "\n", reader: reader)
        #expect(result.errors.count == 51)
        #expect(result.errors.last?.description == "p.yaml: 10 more problems in this patient were not listed; fix the ones above first")
        #expect(result.errors.last?.kind == .tooManyErrors)
    }

    @Test("reading a missing file or a folder is an error, not a crash")
    func unreadable() {
        let missing = reader.read(contentsOf: URL(fileURLWithPath: "no/such/case.yaml"))
        #expect(missing.errors.map(\.description) == ["no/such/case.yaml: no such file"])
        let folder = reader.read(contentsOf: CaseText.fixtures)
        #expect(folder.errors.first?.message == "this is a folder, not a case file")
    }
}
