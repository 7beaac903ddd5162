import ClinicalModel
import Formatting

/// Plausibility rules: values that are possible but suspicious become `InputWarning`s on the report.
///
/// - Portal-venous NIC < 1 % (and > 0): probably written as a fraction (0.17) instead of percent (17).
///   (An arterial NIC below 1 % is an error unless IC confirms it: `checkNIC`.)
/// - NIC given and derivable from IC: warn when |NIC − 100·IC/IC_aorta| > `nicTolerancePercentagePoints`
///   (0.5 pp). Rationale: IC recorded to 0.1 mg/mL with an aortic IC of ≥ 10 mg/mL moves the derived
///   NIC by at most ≈ 0.5 pp; a larger gap means the values come from different ROIs or slices.
///   Above `nicErrorPercentagePoints` (2 pp) the two values contradict each other: an error (`checkNIC`).
/// - viable_diameter_mm > size_mm: the viable part cannot be longer than the whole lesion.
/// - size_mm < 10 mm: below the mRECIST minimum size of a target lesion (Lencioni & Llovet 2010).
/// - more than 2 lesions: the study used at most two target lesions per patient.
/// - segment not S1–S8 (optionally 4a/4b): not a Couinaud segment as written.
/// - CTDIvol > 50 mGy for a non-perfusion series (AAPM dose-check notification value, adult torso);
///   > 600 mGy for a perfusion series (AAPM notification value for brain perfusion, the only perfusion one).
/// - phantom_cm 16: body CTDIvol is normally reported on the 32 cm phantom; the 16 cm value is about twice as high.
/// - exam DLP > 3000 mGy·cm in total: about three times the paper's mean LD-DE&PCT exam.
/// - total effective dose (ΣDLP × k) > 50 mSv: above the 32–45 mSv of earlier liver perfusion protocols.
/// - a follow-up that does not measure every target lesion: mRECIST sums all targets.
extension CaseDecoder {
    static let nicTolerancePercentagePoints = 0.5
    static let nicErrorPercentagePoints = 2.0
    static let nicFractionLimitPercent = 1.0
    static let ctdiVolWarningMGy = 50.0
    static let perfusionCtdiVolWarningMGy = 600.0
    static let examDLPWarningMGyCm = 3000.0
    static let effectiveDoseWarningMSv = 50.0
    static let mrecistMinimumTargetMm = 10.0
    static let studyMaximumTargets = 2

    mutating func warnAboutLesion(_ lesion: Lesion, fields: Fields) {
        let sizeLine = fields["size_mm"]?.line ?? fields.line
        if let size = lesion.sizeMm?.value {
            if size < Self.mrecistMinimumTargetMm {
                warn(fields.path("size_mm"), line: sizeLine,
                     "the lesion measures \(ReportNumber.plainShortest(size)) mm, below the 10 mm minimum of an mRECIST target lesion")
            }
            if let viable = lesion.viableDiameterMm, viable > size {
                warn(fields.path("viable_diameter_mm"), line: fields["viable_diameter_mm"]?.line ?? fields.line,
                     "the viable diameter (\(ReportNumber.plainShortest(viable)) mm) is larger than the lesion size (\(ReportNumber.plainShortest(size)) mm)")
            }
        }
        if let segment = lesion.segment, !Self.isCouinaudSegment(segment) {
            warn(fields.path("segment"), line: fields["segment"]?.line ?? fields.line,
                 "\"\(segment)\" is not a Couinaud segment S1–S8 as written")
        }
        for (key, phase) in [("arterial", lesion.arterial), ("portal_venous", lesion.portalVenous)] {
            guard let phase, let phaseNode = fields[key], case .mapping(let entries) = phaseNode.content else { continue }
            let nicPath = Self.join(fields.path(key), "nic_percent")
            let nicLine = entries.first { $0.key == "nic_percent" }?.value.line ?? phaseNode.line
            guard let nic = phase.nicPercent?.value else { continue }
            if key == "portal_venous", nic > 0 && nic < Self.nicFractionLimitPercent {
                warn(nicPath, line: nicLine, "NIC is \(ReportNumber.plainShortest(nic)) %; this looks like a fraction — NIC is recorded in percent (e.g. 17.4, not 0.174)")
            }
            if let derived = phase.nicPercentFromIodine, abs(derived - nic) > Self.nicTolerancePercentagePoints,
               abs(derived - nic) <= Self.nicErrorPercentagePoints {
                warn(nicPath, line: nicLine,
                     "NIC is \(ReportNumber.plainShortest(nic)) % but 100·ic_mg_ml/ic_aorta_mg_ml gives \(ReportNumber.plainShortest(derived)) %; the difference exceeds 0.5 percentage points")
            }
        }
    }

    /// Errors for a recorded NIC that cannot be right: an arterial NIC below 1 % that the iodine
    /// concentrations do not confirm (within 0.5 pp) — almost always a fraction written for a percent,
    /// which would score P(NR) 0.027 instead of 0.597 for 0.28 vs 28 % — and a NIC more than 2
    /// percentage points from 100·ic_mg_ml/ic_aorta_mg_ml in either phase.
    /// - Parameters:
    ///   - phase: The decoded phase.
    ///   - key: `arterial` or `portal_venous`.
    ///   - fields: The lesion's fields (for key paths and lines).
    mutating func checkNIC(_ phase: PhaseMeasurements, key: String, fields: Fields) {
        guard let nic = phase.nicPercent?.value, let phaseNode = fields[key], case .mapping(let entries) = phaseNode.content else { return }
        let path = Self.join(fields.path(key), "nic_percent")
        let line = entries.first { $0.key == "nic_percent" }?.value.line ?? phaseNode.line
        let derived = phase.nicPercentFromIodine
        let ic = phase.icMgMl?.value, aorta = phase.icAortaMgMl?.value
        if key == "arterial", nic < Self.nicFractionLimitPercent {
            if let derived, abs(derived - nic) <= Self.nicTolerancePercentagePoints { return }
            var message = "NIC-AP is \(ReportNumber.plainShortest(nic)) %, below 1 %; NIC is recorded in percent, so this looks like a fraction — "
                + "if you meant \(ReportNumber.plainShortest(nic * 100)) %, write \(ReportNumber.plainShortest(nic * 100))"
            if let derived, let ic, let aorta {
                message += " (ic_mg_ml \(ReportNumber.plainShortest(ic)) / ic_aorta_mg_ml \(ReportNumber.plainShortest(aorta)) give \(ReportNumber.plainShortest(derived)) %, which does not confirm \(ReportNumber.plainShortest(nic)) %)"
            } else {
                message += "; a NIC-AP below 1 % is accepted only with ic_mg_ml and ic_aorta_mg_ml that confirm it"
            }
            fail(.outOfRange, path, line: line, message)
            return
        }
        if let derived, let ic, let aorta, abs(derived - nic) > Self.nicErrorPercentagePoints {
            fail(.inconsistentValues, path, line: line,
                 "nic_percent \(ReportNumber.plainShortest(nic)) % disagrees with 100·ic_mg_ml/ic_aorta_mg_ml = 100·\(ReportNumber.plainShortest(ic))/\(ReportNumber.plainShortest(aorta)) = \(ReportNumber.plainShortest(derived)) % "
                 + "by \(ReportNumber.plainShortest(abs(derived - nic))) percentage points (more than 2); check which value is right, or give only one of them")
        }
    }

    mutating func warnAboutTargetCount(_ lesions: [LesionEntry]) {
        guard lesions.count > Self.studyMaximumTargets else { return }
        let extra = lesions[Self.studyMaximumTargets]
        warn(extra.path, line: extra.line,
             "the case has \(lesions.count) lesions; the study used at most two target lesions per patient (the two largest)")
    }

    mutating func warnAboutDose(_ dose: DoseRecord, seriesLines: [Int], path: String) {
        var totalDLP = 0.0
        for (index, series) in dose.series.enumerated() {
            let seriesPath = Self.join(Self.join(path, "series"), index)
            let line = seriesLines[index]
            totalDLP += series.dlpMGyCm
            if let ctdi = series.ctdiVolMGy {
                let limit = series.kind == .perfusion ? Self.perfusionCtdiVolWarningMGy : Self.ctdiVolWarningMGy
                if ctdi > limit {
                    warn(Self.join(seriesPath, "ctdi_vol_mgy"), line: line,
                         "CTDIvol of \(ReportNumber.plainShortest(ctdi)) mGy for one \(series.kind == .perfusion ? "perfusion " : "")series is above the \(ReportNumber.plainShortest(limit)) mGy dose-check notification value; please verify")
                }
            }
            if series.phantomCm == 16 {
                warn(Self.join(seriesPath, "phantom_cm"), line: line,
                     "CTDIvol refers to the 16 cm (head) phantom; abdominal CTDIvol is normally reported on the 32 cm phantom and the 16 cm value is about twice as high")
            }
        }
        if totalDLP > Self.examDLPWarningMGyCm {
            warn(Self.join(path, "series"), line: seriesLines.first,
                 "the exam's total DLP is \(ReportNumber.plainShortest(totalDLP)) mGy·cm, above \(ReportNumber.plainShortest(Self.examDLPWarningMGyCm)) mGy·cm; please verify")
        }
        let effective = totalDLP * dose.kFactor
        if effective > Self.effectiveDoseWarningMSv {
            warn(Self.join(path, "series"), line: seriesLines.first,
                 "the estimated effective dose is \(ReportNumber.plainShortest(effective)) mSv, above \(ReportNumber.plainShortest(Self.effectiveDoseWarningMSv)) mSv; please verify")
        }
    }

    /// `S1` … `S8`, `S4a`/`S4b`, and combinations joined by `/`, `-`, `+` or `,` (e.g. `S5/S6`).
    static func isCouinaudSegment(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "/-+, ".contains($0) })
        return !parts.isEmpty && parts.allSatisfy { part in
            let body = part.hasPrefix("S") || part.hasPrefix("s") ? part.dropFirst() : part[...]
            return ["1", "2", "3", "4", "4a", "4b", "5", "6", "7", "8"].contains(body.lowercased())
        }
    }

}
