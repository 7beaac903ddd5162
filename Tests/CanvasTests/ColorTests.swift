import Canvas
import Testing
import TestSupport

@Suite struct ColorTests {
    /// A tint laid over white is one opaque colour: source-over per component, 0 and 1 at the ends.
    @Test func blendingOverWhiteGivesAnOpaqueTint() {
        let accent = Color(red: 0.12, green: 0.23, blue: 0.37)
        let tint = accent.blended(opacity: 0.07)
        #expect(tint.alpha == 1)
        expectClose(tint.red, 0.07 * 0.12 + 0.93, absolute: 1e-12)
        expectClose(tint.green, 0.07 * 0.23 + 0.93, absolute: 1e-12)
        expectClose(tint.blue, 0.07 * 0.37 + 0.93, absolute: 1e-12)
        #expect(accent.blended(opacity: 1) == accent)
        #expect(accent.blended(opacity: 0) == .white)
        #expect(accent.blended(opacity: 2) == accent)
        let grey = Color.black.blended(opacity: 0.5, over: Color(grey: 0.5))
        #expect(grey == Color(grey: 0.25))
    }
}
