/// The language a text's script implies, for tagging a span of it (`/Lang`, BCP 47).
///
/// Only where the script names one language: Arabic script → `ar`, Hebrew → `he`, Hangul (with or
/// without Han) → `ko`, Hiragana or Katakana (with or without Han) → `ja`. Han alone is written
/// for Chinese and Japanese (and Korean names): it is tagged `und-Hani`, undetermined language in
/// Han script, rather than guessed. Latin and other scripts, and texts mixing two of the scripts
/// above, imply nothing (the document's language applies). Digits, spaces and punctuation are
/// ignored. O(n) in scalars.
public enum ScriptLanguage {
    /// The BCP 47 tag `text`'s letters imply, or `nil`.
    /// - Parameter text: e.g. a patient's name.
    /// - Returns: "ar", "he", "ko", "ja", "und-Hani" or `nil`.
    public static func implied(by text: String) -> String? {
        var arabic = false, hebrew = false, hangul = false, kana = false, han = false, other = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic = true
            case 0x0590...0x05FF, 0xFB1D...0xFB4F: hebrew = true
            case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF: hangul = true
            case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: kana = true
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: han = true
            default: other = true
            }
        }
        switch (arabic, hebrew, hangul, kana, other) {
        case (true, false, false, false, false) where !han: return "ar"
        case (false, true, false, false, false) where !han: return "he"
        case (false, false, true, false, false): return "ko"
        case (false, false, false, true, false): return "ja"
        case (false, false, false, false, false) where han: return "und-Hani"
        default: return nil
        }
    }
}
