import ClinicalModel

extension CaseDecoder {
    /// Decodes `patient`; `id` is required (a bare number is taken as its text).
    mutating func patient(_ node: SourceNode, at path: String) -> Patient? {
        guard let fields = open(node, at: path, allowed: CaseSchema.patientKeys, what: "the patient") else { return nil }
        let errorsBefore = errors.count
        let id = required("id", in: fields, missing: "missing; every case needs a patient id (medical record number or study ID)")
            .flatMap { identifier($0, at: fields.path("id")) }
        let name = fields["name"].flatMap { text($0, at: fields.path("name"), what: "a name") }
        identity = (id, name)
        let birthDate = fields["birth_date"].flatMap { date($0, at: fields.path("birth_date")) }
        let sex = fields["sex"].flatMap { choice($0, at: fields.path("sex"), Patient.Sex.self) }
        let weight = fields["weight_kg"].flatMap { number($0, at: fields.path("weight_kg"), CaseSchema.weightKg) }
        let childPugh = fields["child_pugh"].flatMap { text($0, at: fields.path("child_pugh"), what: "a Child–Pugh class such as A6") }
        let bclc = fields["bclc"].flatMap { text($0, at: fields.path("bclc"), what: "a BCLC stage such as B") }
        let etiology = fields["etiology"].flatMap { text($0, at: fields.path("etiology"), what: "a text such as HBV") }
        let afp = fields["afp_ng_ml"].flatMap { number($0, at: fields.path("afp_ng_ml"), CaseSchema.afpNgMl) }
        let clinician = fields["responsible_clinician"].flatMap { text($0, at: fields.path("responsible_clinician"), what: "a name such as \"Chen, Yu\"") }
        guard errors.count == errorsBefore, let id else { return nil }
        return Patient(id: id, name: name, birthDate: birthDate, sex: sex, weightKg: weight, childPugh: childPugh,
                       bclc: bclc, etiology: etiology, afpNgMl: afp, responsibleClinician: clinician)
    }

    /// Decodes `exam` with its dose record and adds dose warnings.
    mutating func exam(_ node: SourceNode, at path: String) -> Exam? {
        guard let fields = open(node, at: path, allowed: CaseSchema.examKeys, what: "the exam") else { return nil }
        let errorsBefore = errors.count
        let date = fields["date"].flatMap { self.date($0, at: fields.path("date")) }
        let scanner = fields["scanner"].flatMap { text($0, at: fields.path("scanner"), what: "the scanner's make and model") }
        let software = fields["software"].flatMap { text($0, at: fields.path("software"), what: "the software and version") }
        let dose = fields["dose"].flatMap { self.dose($0, at: fields.path("dose")) }
        let studyUID = fields["study_instance_uid"].flatMap { uid($0, at: fields.path("study_instance_uid")) }
        let accession = fields["accession_number"].flatMap { accessionNumber($0, at: fields.path("accession_number")) }
        let referrer = fields["referring_physician"].flatMap { text($0, at: fields.path("referring_physician"), what: "a name such as \"Chen, Yu\"") }
        guard errors.count == errorsBefore else { return nil }
        return Exam(date: date, scanner: scanner, software: software, dose: dose, studyInstanceUID: studyUID,
                    accessionNumber: accession, referringPhysician: referrer)
    }

    /// A DICOM UID, e.g. the CT study's Study Instance UID as PACS shows it.
    private mutating func uid(_ node: SourceNode, at path: String) -> DICOMUID? {
        guard let text = text(node, at: path, what: "a DICOM UID") else { return nil }
        let written = text.trimmingSpaces
        do {
            return try DICOMUID(validating: written)
        } catch let error as DICOMUID.SyntaxError {
            fail(.invalidIdentifier, path, line: node.line,
                 "\"\(written)\" is not a DICOM UID: \(error.reason); copy the Study Instance UID exactly as PACS shows it (digits and dots, e.g. 1.2.840.113619.2.55.3.2831164355.123)")
        } catch {}
        return nil
    }

    /// An accession number: at most 16 characters and no backslash, as DICOM requires.
    private mutating func accessionNumber(_ node: SourceNode, at path: String) -> String? {
        guard let text = identifier(node, at: path) else { return nil }
        if text.count > CaseSchema.accessionNumberLength {
            fail(.invalidIdentifier, path, line: node.line,
                 "\"\(text)\" has \(text.count) characters; an accession number has at most \(CaseSchema.accessionNumberLength) (DICOM's limit), copy it from the RIS")
            return nil
        }
        if text.contains("\\") {
            fail(.invalidIdentifier, path, line: node.line, "an accession number cannot contain a backslash (DICOM uses it to separate values)")
            return nil
        }
        return text
    }

    private mutating func dose(_ node: SourceNode, at path: String) -> DoseRecord? {
        guard let fields = open(node, at: path, allowed: CaseSchema.doseKeys, what: "the dose record") else { return nil }
        let errorsBefore = errors.count
        let kFactor = fields["k_factor"].flatMap { number($0, at: fields.path("k_factor"), CaseSchema.kFactor) }
        let doseReport = fields["rdsr"].flatMap { text($0, at: fields.path("rdsr"), what: "the path of the scanner's dose report (RDSR)") }
        var series: [DoseSeries] = []
        var seriesLines: [Int] = []
        if let reportNode = fields["rdsr"], fields.has("series") {
            fail(.conflictingValues, fields.path("rdsr"), line: reportNode.line,
                 "the exam has typed series and a dose report (rdsr) at once; keep one: the scanner's dose report, or the typed series")
        } else if doseReport != nil {
            // The series come from the dose report, read after the case.
        } else if let list = fields["series"] {
            switch list.content {
            case .sequence(let elements) where elements.isEmpty:
                fail(.emptyList, fields.path("series"), line: list.line, "the list is empty; list each acquired series, or leave out the dose record")
            case .sequence(let elements):
                for (index, element) in elements.enumerated() {
                    if let entry = doseSeries(element, at: Self.join(fields.path("series"), index), number: index + 1) {
                        series.append(entry)
                        seriesLines.append(element.line)
                    }
                }
            default:
                fail(.wrongType, fields.path("series"), line: list.line, "expected a list of series, found \(list.foundDescription)")
            }
        } else {
            fail(.missingValue, fields.path("series"), line: fields.line, "missing; list each acquired series with its DLP, or name the scanner's dose report (rdsr)")
        }
        guard errors.count == errorsBefore else { return nil }
        let record = DoseRecord(kFactor: kFactor, series: series, doseReport: doseReport)
        warnAboutDose(record, seriesLines: seriesLines, path: path)
        return record
    }

    /// One series; `dlp_mgy_cm` and `kind` are required, a missing `name` becomes "Series N".
    private mutating func doseSeries(_ node: SourceNode, at path: String, number seriesNumber: Int) -> DoseSeries? {
        guard let fields = open(node, at: path, allowed: CaseSchema.seriesKeys, what: "a dose series") else { return nil }
        let errorsBefore = errors.count
        let name = fields["name"].flatMap { text($0, at: fields.path("name"), what: "the series name") } ?? "Series \(seriesNumber)"
        let kind = required("kind", in: fields, missing: "missing; give the series kind: \(DoseSeries.Kind.allCases.dropLast().map(\.rawValue).joined(separator: ", ")) or \(DoseSeries.Kind.allCases.last!.rawValue)")
            .flatMap { choice($0, at: fields.path("kind"), DoseSeries.Kind.self) }
        let ctdi = fields["ctdi_vol_mgy"].flatMap { number($0, at: fields.path("ctdi_vol_mgy"), CaseSchema.ctdiVolMGy) }
        let phantom = fields["phantom_cm"].flatMap { integer($0, at: fields.path("phantom_cm"), allowed: CaseSchema.phantomDiameters, unit: "cm") }
        let dlp = required("dlp_mgy_cm", in: fields, missing: "missing; every series needs its dose-length product in mGy·cm")
            .flatMap { number($0, at: fields.path("dlp_mgy_cm"), CaseSchema.dlpMGyCm) }
        let length = fields["scan_length_cm"].flatMap { number($0, at: fields.path("scan_length_cm"), CaseSchema.scanLengthCm) }
        guard errors.count == errorsBefore, let kind, let dlp else { return nil }
        return DoseSeries(name: name, kind: kind, ctdiVolMGy: ctdi, phantomCm: phantom, dlpMGyCm: dlp, scanLengthCm: length)
    }

    /// Decodes `treatment`.
    mutating func treatment(_ node: SourceNode, at path: String) -> Treatment? {
        guard let fields = open(node, at: path, allowed: CaseSchema.treatmentKeys, what: "the treatment") else { return nil }
        let errorsBefore = errors.count
        let tace = fields["tace_date"].flatMap { date($0, at: fields.path("tace_date")) }
        let lenvatinib = fields["lenvatinib_mg_per_day"].flatMap { number($0, at: fields.path("lenvatinib_mg_per_day"), CaseSchema.lenvatinibMgPerDay) }
        let ici = fields["ici"].flatMap { choice($0, at: fields.path("ici"), Treatment.CheckpointInhibitor.self) }
        let firstLine = fields["first_line"].flatMap { boolean($0, at: fields.path("first_line")) }
        guard errors.count == errorsBefore else { return nil }
        return Treatment(taceDate: tace, lenvatinibMgPerDay: lenvatinib, ici: ici, firstLine: firstLine)
    }
}
