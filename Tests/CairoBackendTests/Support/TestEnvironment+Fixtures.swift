import Foundation
import RenderingTestSupport
import TestSupport

extension TestEnvironment {
    /// The fixtures folder of this test target.
    static let fixtures = FixtureFolder("CairoBackendTests").directory
}
