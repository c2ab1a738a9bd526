import Foundation

/// Refuses, before parsing, the one markup shape that makes libxml2 2.9 quadratic: every end tag
/// that matches no open element scans the whole stack of open elements, so tens of thousands of
/// stray end tags under tens of thousands of unclosed elements run for minutes or hours.
///
/// The check walks the tags once, keeping a rough depth (start tags push, end tags pop, void
/// elements do neither) and adding the depth at each end tag: that sum bounds the parser's stack
/// scans. Real pages, even sloppy ones, stay orders of magnitude under the budget.
enum NestingBudget {
    /// Most stack steps allowed: about a second of libxml2's scanning on this machine's cores.
    static let maxScanSteps = 300_000_000

    /// Element names that never hold content, so never deepen the stack.
    static let voidElements = ByteHashTable(words: [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "frame", "isindex",
    ])

    /// Throws ``DeclutterError/tooComplex(_:)`` when the page would cost more than the budget.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var depth = 0
        var steps = 0
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        while index + 1 < count {
            // Jump to the next "<" (memchr is vectorised; text between tags is most of a page).
            guard let found = memchr(base + index, 0x3C, count - index) else { return }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < count else { return }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "/") {
                steps += depth
                if depth > 0 { depth -= 1 }
                if steps > maxScanSteps {
                    throw DeclutterError.tooComplex("over \(maxScanSteps) parser steps for stray end tags under deep nesting")
                }
                index += 2
                continue
            }
            guard isLetter(next) else { index += 1; continue }
            // A start tag: read its name, then find its end to see whether it closes itself.
            var end = index + 1
            var nameHash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the lower-cased name
            while end < count, isLetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) {
                let lowered = isLetter(bytes[end]) ? bytes[end] | 0x20 : bytes[end]
                nameHash = (nameHash ^ UInt64(lowered)) &* 0x0000_0100_0000_01B3
                end += 1
            }
            var close = end
            while close < count, bytes[close] != UInt8(ascii: ">") { close += 1 }
            let selfClosing = close > 0 && close < count && bytes[close - 1] == UInt8(ascii: "/")
            if !selfClosing && !voidElements.contains(nameHash) { depth += 1 }
            index = close + 1
        }
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
