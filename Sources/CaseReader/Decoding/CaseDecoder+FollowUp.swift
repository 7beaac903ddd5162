import ClinicalModel

extension CaseDecoder {
    /// A decoded follow-up with the lines needed for cross-checks.
    struct FollowUpEntry {
        var followUp: FollowUp
        var path: String
        var dateLine: Int
        /// (lesion id, key path of its id, line) per target measurement.
        var references: [(id: String, path: String, line: Int)]
    }

    /// Decodes `followup[index]`: `date` is required; `lesions`, when written, must not be empty.
    mutating func followUp(_ node: SourceNode, at path: String) -> FollowUpEntry? {
        guard let fields = open(node, at: path, allowed: CaseSchema.followUpKeys, what: "a follow-up") else { return nil }
        let errorsBefore = errors.count
        let date = required("date", in: fields, missing: "missing; every follow-up needs its date")
            .flatMap { self.date($0, at: fields.path("date")) }
        var measurements: [FollowUp.TargetMeasurement] = []
        var references: [(id: String, path: String, line: Int)] = []
        if let list = fields["lesions"] {
            switch list.content {
            case .sequence(let elements) where elements.isEmpty:
                fail(.emptyList, fields.path("lesions"), line: list.line, "the list is empty; list the target lesions measured at this follow-up, or leave the key out")
            case .sequence(let elements):
                var seen: [String: Int] = [:]
                for (index, element) in elements.enumerated() {
                    let elementPath = Self.join(fields.path("lesions"), index)
                    guard let measured = targetMeasurement(element, at: elementPath) else { continue }
                    if let first = seen[measured.measurement.lesionId] {
                        fail(.duplicateId, Self.join(elementPath, "id"), line: measured.line,
                             "lesion \"\(measured.measurement.lesionId)\" is measured twice in this follow-up (\(twoPlaces(first, measured.line)))")
                        continue
                    }
                    seen[measured.measurement.lesionId] = measured.line
                    measurements.append(measured.measurement)
                    references.append((measured.measurement.lesionId, Self.join(elementPath, "id"), measured.line))
                }
            default:
                fail(.wrongType, fields.path("lesions"), line: list.line, "expected a list of lesion measurements, found \(list.foundDescription)")
            }
        }
        let nonTarget = fields["non_target"].flatMap { choice($0, at: fields.path("non_target"), FollowUp.NonTargetStatus.self) }
        let newLesions = fields["new_lesions"].flatMap { boolean($0, at: fields.path("new_lesions")) } ?? false
        guard errors.count == errorsBefore, let date else { return nil }
        return FollowUpEntry(followUp: FollowUp(date: date, lesions: measurements, nonTarget: nonTarget, newLesions: newLesions),
                             path: path, dateLine: fields["date"]?.line ?? fields.line, references: references)
    }

    private mutating func targetMeasurement(_ node: SourceNode, at path: String) -> (measurement: FollowUp.TargetMeasurement, line: Int)? {
        guard let fields = open(node, at: path, allowed: CaseSchema.followUpLesionKeys, what: "a lesion measurement") else { return nil }
        let id = required("id", in: fields, missing: "missing; name the lesion (its id) this measurement belongs to")
            .flatMap { identifier($0, at: fields.path("id")) }
        let viable = required("viable_diameter_mm", in: fields, missing: "missing; give the viable (enhancing) diameter in mm, 0 when no enhancement is left")
            .flatMap { number($0, at: fields.path("viable_diameter_mm"), CaseSchema.viableDiameterMm) }
        guard let id, let viable else { return nil }
        return (FollowUp.TargetMeasurement(lesionId: id, viableDiameterMm: viable), fields["id"]?.line ?? fields.line)
    }
}
