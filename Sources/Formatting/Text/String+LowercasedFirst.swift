extension String {
    /// The string with its first letter lower-cased, for a title set into running text ("Probability of
    /// NR" → "probability of NR"); an abbreviation, whose second letter is upper case too, stays as it
    /// is ("DRL…", "HCC…"), and so does a string that does not start with an upper-case letter.
    public var lowercasedFirst: String {
        guard let first, first.isUppercase else { return self }
        if dropFirst().first?.isUppercase == true { return self }
        return first.lowercased() + dropFirst()
    }
}
