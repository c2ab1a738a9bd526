import Foundation

/// Refuses, before parsing, the one markup shape that makes libxml2 2.9 quadratic: every end tag
/// that matches no open element scans the whole stack of open elements, so tens of thousands of
/// stray end tags under tens of thousands of unclosed elements run for minutes or hours.
///
/// The check walks the tags once with a stack of open element names as the parser keeps it
/// (start tags push, void elements do not, an end tag pops down to its element) and counts the
/// stack steps each end tag costs; it stops as soon as the budget is spent, so it is bounded too.
/// Real pages, even sloppy ones, stay orders of magnitude under the budget.
enum NestingBudget {
    /// Most stack steps allowed: a fraction of a second of libxml2's scanning (and of this check).
    static let maxScanSteps = 50_000_000

    /// Element names that never hold content, so never deepen the stack.
    static let voidElements = ByteHashTable(words: [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "frame", "isindex",
    ])

    /// Throws ``DeclutterError/tooComplex(_:)`` when the page would cost more than the budget.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var stack = [UInt64]()   // hashes of the open elements' names, innermost last
        var steps = 0
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        while index + 1 < count {
            // Jump to the next "<" (memchr is vectorised; text between tags is most of a page).
            guard let found = memchr(base + index, 0x3C, count - index) else { return }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < count else { return }
            let isEnd = bytes[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (isEnd ? 2 : 1)
            guard nameStart < count, isLetter(bytes[nameStart]) else { index += 1; continue }
            var end = nameStart
            var nameHash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the lower-cased name
            while end < count, isLetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) {
                let lowered = isLetter(bytes[end]) ? bytes[end] | 0x20 : bytes[end]
                nameHash = (nameHash ^ UInt64(lowered)) &* 0x0000_0100_0000_01B3
                end += 1
            }
            var close = count
            if end < count, let gt = memchr(base + end, 0x3E, count - end) {
                close = base.distance(to: gt.assumingMemoryBound(to: UInt8.self))
            }
            index = close + 1
            if isEnd {
                // The parser looks down its stack for the element this tag closes.
                var position = stack.count - 1
                while position >= 0, stack[position] != nameHash { position -= 1 }
                steps += stack.count - max(position, 0)
                if position >= 0 { stack.removeSubrange(position...) }
                if steps > maxScanSteps {
                    throw DeclutterError.tooComplex("over \(maxScanSteps) parser steps for stray end tags under deep nesting")
                }
            } else {
                let selfClosing = close > 0 && close < count && bytes[close - 1] == UInt8(ascii: "/")
                if !selfClosing && !voidElements.contains(nameHash) { stack.append(nameHash) }
            }
        }
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
