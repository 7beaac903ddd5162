import ClinicalModel
import Formatting

extension CaseDecoder {
    /// Decodes one patient document and runs the checks that span several sections.
    /// - Returns: The case, or `nil` when any error was found (`errors` lists all of them, capped).
    mutating func decodeCase(_ node: SourceNode) -> PatientCase? {
        defer { finishErrors() }
        guard let root = open(node, at: "", allowed: CaseSchema.rootKeys, what: "a patient case") else { return nil }
        if let versionNode = root["schema_version"] {
            if case .number(let value) = PlainDecimal.parse(versionNode.scalarText), value == Double(CaseSchema.version) {
                // understood
            } else {
                fail(.unsupportedSchemaVersion, "schema_version", line: versionNode.line,
                     "this reader understands schema version 1 only, found \(versionNode.foundDescription)")
            }
        }
        var patient: Patient?
        if let patientNode = root["patient"] {
            patient = self.patient(patientNode, at: "patient")
        } else {
            fail(.missingValue, "patient", line: root.line, "missing; every case needs a patient with at least an id")
        }
        let exam = root["exam"].flatMap { self.exam($0, at: "exam") }
        let (lesions, declaredIds) = lesionList(root)
        let treatment = root["treatment"].flatMap { self.treatment($0, at: "treatment") }
        let followUps = followUpList(root)
        checkDates(exam: exam, examNode: root["exam"], treatment: treatment, treatmentNode: root["treatment"],
                   patient: patient, patientNode: root["patient"], followUps: followUps)
        checkReferences(lesions: lesions, declaredIds: declaredIds, followUps: followUps)
        guard errors.isEmpty, let patient else { return nil }
        return PatientCase(source: source, schemaVersion: CaseSchema.version, patient: patient, exam: exam,
                           lesions: lesions.map(\.lesion), treatment: treatment,
                           followUps: followUps.map(\.followUp).sorted { $0.date < $1.date }, readWarnings: warnings)
    }

    /// The lesions that decoded, and the ids written for all lesions, also those with an error
    /// elsewhere (a follow-up naming such a lesion is not reported a second time as unknown).
    private mutating func lesionList(_ root: Fields) -> (entries: [LesionEntry], declaredIds: [String]) {
        guard let list = root["lesions"] else {
            fail(.missingValue, "lesions", line: root.line, "missing; the case needs at least one lesion with the model's inputs (\(required.fields.joined(separator: ", ")))")
            return ([], [])
        }
        guard case .sequence(let elements) = list.content else {
            fail(.wrongType, "lesions", line: list.line, "expected a list of lesions (each starting with '- id:'), found \(list.foundDescription)")
            return ([], [])
        }
        guard !elements.isEmpty else {
            fail(.emptyList, "lesions", line: list.line, "the list is empty; the case needs at least one lesion")
            return ([], [])
        }
        var declaredIds: [String] = []
        for element in elements {
            // Quoted or not, as `identifier` reads it.
            if case .mapping(let fields) = element.content, let idNode = fields.first(where: { $0.key == "id" })?.value,
               case .scalar(let text, _) = idNode.content {
                let id = text.trimmingSpaces
                if !id.isEmpty, !declaredIds.contains(id) { declaredIds.append(id) }
            }
        }
        let entries = firstOfEachKey(elements, in: "lesions", decode: { $0.lesion($1, at: $2) },
                                     key: { ($0.lesion.id, $0.idLine) }) { entry, places in
            (.duplicateId, Self.join(entry.path, "id"), "the lesion id \"\(entry.lesion.id)\" is used twice (\(places)); each lesion needs its own id")
        }
        warnAboutTargetCount(entries)
        return (entries, declaredIds)
    }

    private mutating func followUpList(_ root: Fields) -> [FollowUpEntry] {
        guard let list = root["followup"] else { return [] }
        guard case .sequence(let elements) = list.content else {
            fail(.wrongType, "followup", line: list.line, "expected a list of follow-ups (each starting with '- date:'), found \(list.foundDescription)")
            return []
        }
        return firstOfEachKey(elements, in: "followup", decode: { $0.followUp($1, at: $2) },
                              key: { ($0.followUp.date, $0.dateLine) }) { entry, places in
            (.invalidDate, Self.join(entry.path, "date"), "two follow-ups are dated \(entry.followUp.date) (\(places)); merge them into one")
        }
    }

    /// Decodes the elements of a list and leaves out each entry whose key (a lesion id, a follow-up
    /// date) an entry before it already has, reporting it with both places.
    /// - Parameters:
    ///   - elements: the list's elements.
    ///   - list: the list's key path (`lesions`, `followup`).
    ///   - decode: decodes one element at its key path; `nil` when it has errors (reported there).
    ///   - key: an entry's key and the line it is written on.
    ///   - repeated: the error for an entry whose key is repeated, given "lines 3 and 7" (or the two
    ///     cells' names): its kind, key path and message.
    /// - Returns: the entries that decoded, the first of each key, in list order.
    private mutating func firstOfEachKey<Entry, Key: Hashable>(
        _ elements: [SourceNode], in list: String, decode: (inout Self, SourceNode, String) -> Entry?,
        key: (Entry) -> (key: Key, line: Int),
        repeated: (Entry, _ places: String) -> (kind: CaseReadError.Kind, path: String, message: String)
    ) -> [Entry] {
        var entries: [Entry] = []
        var firstLines: [Key: Int] = [:]
        for (index, element) in elements.enumerated() {
            guard let entry = decode(&self, element, Self.join(list, index)) else { continue }
            let (entryKey, line) = key(entry)
            if let first = firstLines[entryKey] {
                let error = repeated(entry, twoPlaces(first, line))
                fail(error.kind, error.path, line: line, error.message)
                continue
            }
            firstLines[entryKey] = line
            entries.append(entry)
        }
        return entries
    }

    /// Birth before exam, TACE not before the pre-treatment exam, follow-ups after the exam and not before TACE.
    private mutating func checkDates(exam: Exam?, examNode: SourceNode?, treatment: Treatment?, treatmentNode: SourceNode?,
                                     patient: Patient?, patientNode: SourceNode?, followUps: [FollowUpEntry]) {
        let examDate = exam?.date
        if let birth = patient?.birthDate, let examDate, birth >= examDate {
            fail(.invalidDate, "patient.birth_date", line: Self.line(of: "birth_date", in: patientNode),
                 "the birth date \(birth) is not before the exam date \(examDate)")
        }
        let tace = treatment?.taceDate
        if let tace, let examDate, tace < examDate {
            fail(.invalidDate, "treatment.tace_date", line: Self.line(of: "tace_date", in: treatmentNode),
                 "TACE on \(tace) is before the pre-treatment exam on \(examDate)")
        }
        for entry in followUps {
            let date = entry.followUp.date
            if let examDate, date <= examDate {
                fail(.invalidDate, Self.join(entry.path, "date"), line: entry.dateLine,
                     "the follow-up on \(date) is not after the pre-treatment exam on \(examDate)")
            } else if let tace, date < tace {
                fail(.invalidDate, Self.join(entry.path, "date"), line: entry.dateLine,
                     "the follow-up on \(date) is before TACE on \(tace)")
            }
        }
    }

    /// Follow-ups may only name lesions of the case (`declaredIds`: every id written under
    /// `lesions`, including lesions with an error of their own); a follow-up that misses a target
    /// lesion is a warning.
    private mutating func checkReferences(lesions: [LesionEntry], declaredIds: [String], followUps: [FollowUpEntry]) {
        let ids = lesions.map(\.lesion.id)
        guard !declaredIds.isEmpty else { return }
        let known = Set(declaredIds)
        for entry in followUps {
            for reference in entry.references where !known.contains(reference.id) {
                fail(.unknownReference, reference.path, line: reference.line,
                     "lesion \"\(reference.id)\" is not among the lesions of this case (\(declaredIds.joined(separator: ", ")))")
            }
            let measured = Set(entry.references.map(\.id))
            let missing = ids.filter { !measured.contains($0) }
            if !entry.references.isEmpty, !missing.isEmpty {
                warn(Self.join(entry.path, "lesions"), line: entry.dateLine,
                     "the follow-up on \(entry.followUp.date) does not measure lesion \(missing.joined(separator: ", ")); mRECIST sums all target lesions")
            }
        }
    }

    /// Line of `key` inside a mapping node, else the node's own line.
    static func line(of key: String, in node: SourceNode?) -> Int? {
        guard let node else { return nil }
        if case .mapping(let entries) = node.content, let entry = entries.first(where: { $0.key == key }) { return entry.value.line }
        return node.line
    }
}

extension SourceNode {
    /// The text of a plain scalar, or "" for anything else.
    var scalarText: String {
        if case .scalar(let text, false) = content { return text.trimmingSpaces }
        return ""
    }
}
