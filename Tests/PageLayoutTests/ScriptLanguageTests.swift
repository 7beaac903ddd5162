import Testing
@testable import PageLayout

/// The language a name's script implies, only where it names one.
@Suite struct ScriptLanguageTests {
    @Test(arguments: [
        ("محمد عبد الله", "ar"), ("דוד כהן", "he"), ("김민준", "ko"), ("金民俊 김민준", "ko"),
        ("山田 花子 (やまだ はなこ)", "ja"), ("ヤマダ", "ja"), ("王丽", "und-Hani"), ("陳美麗", "und-Hani"),
    ])
    func aScriptThatNamesOneLanguageIsTagged(name: String, language: String) {
        #expect(ScriptLanguage.implied(by: name) == language)
    }

    @Test(arguments: ["Wang, Li", "Иванов, Пётр", "Παπαδόπουλος", "Nguyễn Thị", "محمد Smith", "דוד محمد", "", "12-34"])
    func latinOtherOrMixedScriptsImplyNothing(name: String) {
        #expect(ScriptLanguage.implied(by: name) == nil)
    }
}
