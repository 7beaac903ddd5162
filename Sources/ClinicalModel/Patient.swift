/// The person a case belongs to. Only `id` is required.
public struct Patient: Sendable, Hashable, Codable {
    /// Biological sex as recorded.
    public enum Sex: String, Sendable, Codable, CaseIterable { case female, male, other }

    /// Medical record number or study ID; required, printed on every page.
    public var id: String
    public var name: String?
    public var birthDate: CalendarDate?
    public var sex: Sex?
    public var weightKg: Double?
    /// Child–Pugh class or score as written (e.g. "A", "A5", "B7").
    public var childPugh: String?
    /// BCLC stage as written (e.g. "B", "C").
    public var bclc: String?
    public var etiology: String?
    /// Serum alpha-fetoprotein, ng/mL.
    public var afpNgMl: Double?
    /// The clinician responsible for the patient's care, as written ("Family, Given").
    public var responsibleClinician: String?

    public init(id: String, name: String? = nil, birthDate: CalendarDate? = nil, sex: Sex? = nil,
                weightKg: Double? = nil, childPugh: String? = nil, bclc: String? = nil,
                etiology: String? = nil, afpNgMl: Double? = nil, responsibleClinician: String? = nil) {
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
        self.weightKg = weightKg
        self.childPugh = childPugh
        self.bclc = bclc
        self.etiology = etiology
        self.afpNgMl = afpNgMl
        self.responsibleClinician = responsibleClinician
    }
}
