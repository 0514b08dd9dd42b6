import Dispatch
import Foundation
import MarsadCore

extension Coder {
    /// Codes many documents on all cores; results keep the input order.
    public func codeAll(_ documents: [Document]) -> [[Event]] {
        let results = ResultBox(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, code(documents[i]))
        }
        return results.values
    }
}

/// Slots written once each from concurrent iterations.
final class ResultBox: @unchecked Sendable {
    private var slots: [[Event]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ i: Int, _ v: [Event]) {
        lock.lock()
        slots[i] = v
        lock.unlock()
    }

    var values: [[Event]] { lock.lock(); defer { lock.unlock() }; return slots }
}
