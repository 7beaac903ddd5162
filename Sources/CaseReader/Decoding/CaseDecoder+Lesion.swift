import ClinicalModel

extension CaseDecoder {
    /// A decoded lesion with the lines needed for cross-checks.
    struct LesionEntry {
        var lesion: Lesion
        var path: String
        var line: Int
        var idLine: Int
    }

    /// Decodes `lesions[index]`, checks the model's required inputs and adds lesion warnings.
    mutating func lesion(_ node: SourceNode, at path: String) -> LesionEntry? {
        guard let fields = open(node, at: path, allowed: CaseSchema.lesionKeys, what: "a lesion") else { return nil }
        let errorsBefore = errors.count
        let id = required("id", in: fields, missing: "missing; every lesion needs an id (such as L1) that follow-ups refer to")
            .flatMap { identifier($0, at: fields.path("id")) }
        let segment = fields["segment"].flatMap { text($0, at: fields.path("segment"), what: "a Couinaud segment such as S8") }
        let location = fields["location"].flatMap { choice($0, at: fields.path("location"), Lesion.Location.self) }
        let size = fields["size_mm"].flatMap { measurement($0, at: fields.path("size_mm"), CaseSchema.sizeMm) }
        let viable = fields["viable_diameter_mm"].flatMap { number($0, at: fields.path("viable_diameter_mm"), CaseSchema.viableDiameterMm) }
        let corona = fields["corona_enhancement"].flatMap { boolean($0, at: fields.path("corona_enhancement")) }
        let arterial = fields["arterial"].flatMap { phase($0, at: fields.path("arterial")) }
        let portalVenous = fields["portal_venous"].flatMap { phase($0, at: fields.path("portal_venous")) }
        let perfusion = fields["perfusion"].flatMap { self.perfusion($0, at: fields.path("perfusion")) }
        checkRequiredInputs(fields)
        for (key, phase) in [("arterial", arterial), ("portal_venous", portalVenous)] {
            if let phase { checkNIC(phase, key: key, fields: fields) }
        }
        guard errors.count == errorsBefore, let id else { return nil }
        let lesion = Lesion(id: id, segment: segment, location: location, sizeMm: size, viableDiameterMm: viable,
                            coronaEnhancement: corona, arterial: arterial, portalVenous: portalVenous, perfusion: perfusion)
        warnAboutLesion(lesion, fields: fields)
        return LesionEntry(lesion: lesion, path: path, line: node.line, idLine: fields["id"]?.line ?? node.line)
    }

    private mutating func phase(_ node: SourceNode, at path: String) -> PhaseMeasurements? {
        guard let fields = open(node, at: path, allowed: CaseSchema.phaseQuantities.map(\.key), what: "the measurements of a contrast phase") else { return nil }
        var values: [String: Measurement] = [:]
        for (key, quantity) in CaseSchema.phaseQuantities {
            if let value = fields[key].flatMap({ measurement($0, at: fields.path(key), quantity) }) { values[key] = value }
        }
        return PhaseMeasurements(icMgMl: values["ic_mg_ml"], icAortaMgMl: values["ic_aorta_mg_ml"],
                                 nicPercent: values["nic_percent"], zeff: values["zeff"],
                                 ct40keVHU: values["ct_40kev_hu"], ct90keVHU: values["ct_90kev_hu"])
    }

    private mutating func perfusion(_ node: SourceNode, at path: String) -> PerfusionMeasurements? {
        guard let fields = open(node, at: path, allowed: CaseSchema.perfusionQuantities.map(\.key), what: "perfusion measurements") else { return nil }
        var values: [String: Measurement] = [:]
        for (key, quantity) in CaseSchema.perfusionQuantities {
            if let value = fields[key].flatMap({ measurement($0, at: fields.path(key), quantity) }) { values[key] = value }
        }
        return PerfusionMeasurements(ps: values["ps"], bv: values["bv"], bf: values["bf"], habf: values["habf"],
                                     mtt: values["mtt"], ttp: values["ttp"], tmax: values["tmax"])
    }

    /// Reports each required model input that is absent (a present but invalid value was reported already).
    /// The line is that of the innermost existing group's key (`perfusion:`) or of the lesion.
    private mutating func checkRequiredInputs(_ lesion: Fields) {
        for field in required.fields {
            let parts = field.split(separator: ".").map(String.init)
            if parts.count == 1 {
                if !lesion.has(field) {
                    fail(.missingValue, lesion.path(field), line: lesion.line, "missing; the prediction model needs this value")
                }
                continue
            }
            let group = parts[0], key = parts[1]
            let groupNode = lesion[group]
            var line = lesion.line
            var present: (String) -> Bool = { _ in false }
            if let groupNode {
                guard case .mapping(let entries) = groupNode.content else { continue }
                line = lesion.keyLine(group) ?? groupNode.line
                present = { name in entries.contains { $0.key == name && !$0.value.isNull } }
            }
            let quantity = LesionField.PhaseQuantity(rawValue: key)
            if quantity?.isRecorded ?? true, present(key) { continue }
            guard let quantity, !quantity.derivedFrom.isEmpty else {
                fail(.missingValue, lesion.path(field), line: line, "missing; the prediction model needs this value")
                continue
            }
            let sources = quantity.derivedFrom.map(\.rawValue)
            if sources.allSatisfy(present) { continue }
            let give = (quantity.isRecorded ? "\(key), or both " : "both ") + sources.joined(separator: " and ")
            fail(.missingValue, lesion.path(field), line: line,
                 "missing; the prediction model needs \(quantity.symbol): give \(give) to derive it")
        }
    }
}
