/// Remembers where each 64-bit text hash of a page was first seen: an open-addressing table of
/// block indices, sized once for the page. Pages repeat many lines (menus, labels, "Share"), so
/// the text front door copies a repeat's features instead of computing them again, and the
/// repeat rule finds earlier copies without a `Dictionary` (no `Hasher`, no growth).
struct FirstSeenIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// A table for up to `capacity` distinct hashes, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Where the search for `hash` starts.
    @inline(__always)
    private func firstSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The index stored for `hash` if there is one; else stores `index` for it and returns nil.
    /// `sameText(earlier)` confirms a hit (two texts can share a hash): when it says no, the
    /// search goes on, and a text with no confirmed match is stored as new.
    @inline(__always)
    mutating func firstIndex(of hash: UInt64, orInsert index: Int, sameText: (Int) -> Bool) -> Int? {
        var slot = firstSlot(hash)
        while values[slot] >= 0 {
            if keys[slot] == hash && sameText(Int(values[slot])) { return Int(values[slot]) }
            slot = (slot &+ 1) & mask
        }
        keys[slot] = hash
        values[slot] = Int32(truncatingIfNeeded: index)
        return nil
    }

    /// The index stored first for `hash`, nil when none is. (A table filled with `sameText`
    /// always true holds one index a hash: the first given, or the last seen when fed in reverse.)
    func index(of hash: UInt64) -> Int? {
        var slot = firstSlot(hash)
        while values[slot] >= 0 {
            if keys[slot] == hash { return Int(values[slot]) }
            slot = (slot &+ 1) & mask
        }
        return nil
    }
}
