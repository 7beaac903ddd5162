import ClinicalModel
import Foundation

/// Decides the series kind of an irradiation event from its CT acquisition type and protocol text.
///
/// In order: a site rule (a protocol-name fragment the centre maps to a kind) wins; a constant-angle
/// acquisition is a localizer; protocol text naming bolus tracking (CARE Bolus, SmartPrep, SureStart,
/// monitoring, tracker) is bolus tracking; a stationary acquisition (cine, shuttle) or protocol text
/// naming perfusion (perf, VPCT, 4D) is perfusion; protocol text naming dual energy (DE, GSI,
/// TwinBeam, spectral, keV) is dual energy; everything else is plain. Localizer protocol names
/// (topogram, scout, surview) count when the acquisition type is missing.
public struct DoseKindRules: Sendable, Hashable {
    /// Protocol-name fragments (matched ignoring letter case) with the kind the site gives them.
    public var siteRules: [(fragment: String, kind: DoseSeries.Kind)]

    /// Creates the rules.
    /// - Parameter siteRules: The centre's protocol fragments and kinds, checked first.
    public init(siteRules: [(fragment: String, kind: DoseSeries.Kind)] = []) {
        self.siteRules = siteRules
    }

    public static func == (lhs: DoseKindRules, rhs: DoseKindRules) -> Bool {
        lhs.siteRules.map(\.fragment) == rhs.siteRules.map(\.fragment) && lhs.siteRules.map(\.kind) == rhs.siteRules.map(\.kind)
    }

    public func hash(into hasher: inout Hasher) {
        for rule in siteRules { hasher.combine(rule.fragment); hasher.combine(rule.kind) }
    }

    static let bolusWords = ["bolus", "smartprep", "smart prep", "surestart", "sure start", "monitor", "tracker", "tracking", "trigger"]
    static let perfusionWords = ["perf", "vpct", "4d", "shuttle", "cine"]
    static let dualEnergyWords = ["dual energy", "dualenergy", "dual-energy", "dect", "gsi", "twinbeam", "twin beam", "spectral", "kev", "_de_", " de ", "de_", "(de)"]
    static let localizerWords = ["topogram", "scout", "surview", "scanogram", "localizer", "localiser"]

    /// The kind of `event`, and why (for the report's traceability).
    /// - Parameter event: An irradiation event.
    /// - Returns: The kind and the rule that decided it.
    public func kind(of event: CTDoseReport.IrradiationEvent) -> (kind: DoseSeries.Kind, reason: String) {
        let text = " " + (event.acquisitionProtocol ?? "").lowercased() + " "
        if let rule = siteRules.first(where: { text.contains($0.fragment.lowercased()) }) {
            return (rule.kind, "site rule \"\(rule.fragment)\"")
        }
        func contains(_ words: [String]) -> String? { words.first { text.contains($0) } }
        switch event.acquisitionTypeCode {
        case SRCode.constantAngleAcquisition.value: return (.localizer, "constant-angle acquisition")
        case nil: if let word = contains(Self.localizerWords) { return (.localizer, "protocol \"\(word.trimmingCharacters(in: .whitespaces))\"") }
        default: break
        }
        if let word = contains(Self.bolusWords) { return (.bolusTracking, "protocol \"\(word.trimmingCharacters(in: .whitespaces))\"") }
        if event.acquisitionTypeCode == SRCode.stationaryAcquisition.value { return (.perfusion, "stationary acquisition") }
        if let word = contains(Self.perfusionWords) { return (.perfusion, "protocol \"\(word.trimmingCharacters(in: .whitespaces))\"") }
        if let word = contains(Self.dualEnergyWords) { return (.dualEnergy, "protocol \"\(word.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "_()")))\"") }
        return (.plain, "no perfusion, dual-energy, localizer or bolus-tracking sign")
    }
}
