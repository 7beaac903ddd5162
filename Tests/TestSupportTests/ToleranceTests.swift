import Synchronization
import Testing
import TestSupport

/// `expectClose` records a failure, with both numbers and the tolerance, exactly when the values are not close.
///
/// The suite's trait takes every issue recorded with `Issue.record` (as `expectClose` does) out of the run and keeps
/// its message, so that a test can assert which failures were recorded while the run still passes. The tests' own
/// `#expect` failures are left alone: a test here fails when `expectClose` records too little, too much or the
/// wrong sentence.
@Suite(.serialized, .filterIssues { issue in
    guard case .unconditional = issue.kind else { return true }
    RecordedFailures.messages.withLock { $0.append(issue.comments.map(\.rawValue).joined(separator: " ")) }
    return false
})
struct ToleranceTests {
    /// The failure messages `body` records.
    private func failures(of body: () -> Void) -> [String] {
        RecordedFailures.messages.withLock { $0.removeAll() }
        body()
        return RecordedFailures.messages.withLock { $0 }
    }

    @Test func aDifferenceBeyondTheAbsoluteToleranceIsRecordedWithBothNumbersAndTheTolerance() {
        #expect(failures { expectClose(0.75, 0.7, absolute: 0.01, "AUC") }
                == ["AUC: got 0.75, expected 0.7 ± 0.01 (differs by 0.050000000000000044)"])
    }

    @Test func aDifferenceBeyondTheRelativeToleranceIsRecorded() {
        #expect(failures { expectClose(1001, 1000, relative: 1e-4) }
                == ["got 1001.0, expected 1000.0 ± 0.1 (relative 0.0001) (differs by 1.0)"])
    }

    @Test func nanAndInfinityMatchOnlyThemselves() {
        #expect(failures {
            expectClose(.nan, 1, absolute: 1e9)
            expectClose(1, .nan, absolute: 1e9)
            expectClose(.infinity, -.infinity, absolute: 1e9)
        } == ["got nan, expected 1.0 ± 1000000000.0 (differs by nan)",
              "got 1.0, expected nan ± 1000000000.0 (differs by nan)",
              "got inf, expected -inf ± 1000000000.0 (differs by inf)"])
        #expect(failures {
            expectClose(.nan, .nan)
            expectClose(.infinity, .infinity)
        }.isEmpty)
    }

    @Test func arraysReportACountMismatchAndEachDifferingIndex() {
        #expect(failures { expectClose([1, 2.5], [1, 2, 3], absolute: 1e-9, "ticks") }
                == ["ticks: 2 values, expected 3", "ticks[1]: got 2.5, expected 2.0 ± 1e-09 (differs by 0.5)"])
    }

    @Test func valuesWithinEitherToleranceAndOnItsEdgePass() {
        #expect(failures {
            expectClose(0.75, 0.7, absolute: 0.0625)
            expectClose(1, 1.5, absolute: 0.5)
            expectClose(1000.5, 1000, relative: 1e-3, absolute: 1e-9)
            expectClose([0.1 + 0.2, 1e-13], [0.3, 0], absolute: 1e-12)
        }.isEmpty)
        #expect(!isClose(1 + 1e-9, 1))
    }
}

/// The messages of the issues the suite's trait took out of the run, for the test running now.
private enum RecordedFailures {
    static let messages = Mutex<[String]>([])
}
