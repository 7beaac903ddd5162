import ClinicalModel

/// What a cell's number format says about its number: a date, or an integer shown zero-padded.
struct NumberFormat: Sendable, Hashable {
    /// The number is a date serial (built-in date formats 14–22, 27–36, 45–47, 50–58, or a format
    /// code with day, month, year, hour or second fields outside quotes and brackets).
    var isDate = false
    /// `00000`: the integer is shown with at least this many digits (an ID keeps its zeros).
    var zeroPaddedWidth: Int?

    static let general = NumberFormat()

    /// The format of a number-format id with its code (custom formats have ids ≥ 164).
    /// - Parameters:
    ///   - id: `numFmtId`.
    ///   - code: `formatCode` for custom formats; `nil` for built-in ones.
    init(id: Int, code: String?) {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: isDate = true
        case 1: zeroPaddedWidth = nil
        default: break
        }
        guard let code else { return }
        let section = Self.firstSection(code)
        if !section.isEmpty, section.allSatisfy({ $0 == "0" }) { zeroPaddedWidth = section.count }
        isDate = isDate || Self.hasDateFields(section)
    }

    init() {}

    /// The first `;`-separated section, without quoted text, `\x` escapes and `[...]` brackets
    /// (colours, conditions, locales), keeping elapsed-time brackets such as `[h]`.
    private static func firstSection(_ code: String) -> String {
        var result = "", inQuotes = false, inBracket = false, bracket = "", escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if bracket.lowercased().allSatisfy({ "hms".contains($0) }) { result += bracket }
                } else { bracket.append(character) }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": return result
            default: result.append(character)
            }
        }
        return result
    }

    private static func hasDateFields(_ section: String) -> Bool {
        if section.lowercased() == "general" { return false }
        return section.lowercased().contains { "dmyhs".contains($0) }
    }

    /// The calendar day of a date serial in the workbook's date system; `nil` when it is not a day
    /// (negative, beyond 9999-12-31, day 0 or the 1900-02-29 that the 1900 system counts but never was).
    /// - Parameters:
    ///   - serial: Days (and a fraction for the time of day).
    ///   - date1904: The workbook counts from 1904-01-01 (serial 0) instead of 1900-01-01 (serial 1).
    static func date(fromSerial serial: Double, date1904: Bool) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        if date1904 { return CalendarDate.fromDaysSinceEpoch(day - 24_107) }
        if day == 0 || day == 60 { return nil }
        // Serial 1 is 1900-01-01; before the non-existent 1900-02-29 every serial is one day later.
        return CalendarDate.fromDaysSinceEpoch((day < 60 ? day + 1 : day) - 25_569)
    }
}
