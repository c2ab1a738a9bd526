/// Where a text's word starts open with four bytes in the cue matchers' filter of phrase
/// openings (``TextCues/openingFilter``): the only places a phrase looked for anywhere in a
/// line can be. ``TextStats`` records them as it passes each word start, so the matcher checks
/// those few places instead of finding every word start of the line again.
struct PhraseStarts: Sendable, Equatable {
    /// Places kept; past this many the matcher reads the whole line itself.
    static let capacity = 4

    /// The places kept, or -1 when there were more than ``capacity``.
    private(set) var count: Int8 = 0
    private var first: Int32 = 0, second: Int32 = 0, third: Int32 = 0, fourth: Int32 = 0

    /// More places than ``capacity``: the matcher reads the whole line.
    var isMany: Bool { count < 0 }

    /// The places, in text order (none when ``isMany``).
    var positions: [Int] {
        [first, second, third, fourth].prefix(Int(max(count, 0))).map { Int($0) }
    }

    /// The `index`th place (below ``count``).
    @inline(__always)
    subscript(index: Int) -> Int {
        switch index {
        case 0: return Int(first)
        case 1: return Int(second)
        case 2: return Int(third)
        default: return Int(fourth)
        }
    }

    /// Tests the place `position` (a word start, at most four bytes from the end) of `text`:
    /// records it when its opening is in `filter`.
    @inline(__always)
    mutating func test(_ text: UnsafePointer<UInt8>, at position: Int, filter: UnsafePointer<UInt64>) {
        let bucket = PhraseMatcher.bucket(UnsafeRawPointer(text + position))
        if (filter[bucket &>> 6] &>> UInt64(bucket & 63)) & 1 != 0 { record(position) }
    }

    /// Tests the place `position` whose first four bytes are the low ones of `chunk`, when it
    /// is at most `last` (the last place a phrase fits): records it when its opening is in `filter`.
    @inline(__always)
    mutating func test(_ chunk: UInt64, at position: Int, last: Int, filter: UnsafePointer<UInt64>) {
        let bucket = PhraseMatcher.bucket(opening: UInt32(truncatingIfNeeded: chunk))
        if (filter[bucket &>> 6] &>> UInt64(bucket & 63)) & 1 != 0 && position <= last { record(position) }
    }

    /// Records a place (in text order).
    mutating func record(_ position: Int) {
        let value = Int32(truncatingIfNeeded: position)
        switch count {
        case 0: first = value
        case 1: second = value
        case 2: third = value
        case 3: fourth = value
        default:
            count = -1
            return
        }
        count += 1
    }
}
