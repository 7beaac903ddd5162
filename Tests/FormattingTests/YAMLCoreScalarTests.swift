import Formatting
import Testing

/// One reading of plain YAML scalars for case files, model files and layouts (YAML 1.2 core).
@Suite struct YAMLCoreScalarTests {
    @Test func readsTheCoreBooleans() {
        #expect(["true", "True", "TRUE"].map(YAMLCoreScalar.boolean) == [true, true, true])
        #expect(["false", "False", "FALSE"].map(YAMLCoreScalar.boolean) == [false, false, false])
    }

    @Test func leavesYAML11WordsAsText() {
        for word in ["no", "No", "yes", "off", "on", "y", "n", "tRUE", " true"] {
            #expect(YAMLCoreScalar.boolean(word) == nil, "\(word)")
        }
    }

    @Test func caseFilesAlsoTakeYesAndNoWhereOnlyABooleanFits() {
        #expect(["yes", "Yes", "YES", "true"].map(YAMLCoreScalar.caseFileBoolean) == [true, true, true, true])
        #expect(["no", "No", "NO", "FALSE"].map(YAMLCoreScalar.caseFileBoolean) == [false, false, false, false])
        #expect(YAMLCoreScalar.caseFileBoolean("off") == nil)
    }

    @Test func readsTheCoreNull() {
        #expect(["", "~", "null", "Null", "NULL"].allSatisfy(YAMLCoreScalar.isNull))
        #expect(!YAMLCoreScalar.isNull("none"))
    }
}
