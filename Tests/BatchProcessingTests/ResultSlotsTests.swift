import Dispatch
import Testing
@testable import BatchProcessing

/// Storage that worker threads fill by index.
@Suite struct ResultSlotsTests {
    @Test func returnsValuesInIndexOrderWhateverOrderTheyArrive() {
        let slots = ResultSlots<Int>(count: 1_000)
        DispatchQueue.concurrentPerform(iterations: 1_000) { i in slots.set(999 - i, 999 - i) }
        #expect(slots.values == Array(0..<1_000))
    }

    @Test func leavesOutSlotsThatWereNeverFilled() {
        let slots = ResultSlots<String>(count: 3)
        slots.set(2, "c")
        slots.set(0, "a")
        #expect(slots.values == ["a", "c"])
    }
}
