/// A fixed, read-only hash table from 64-bit word hashes to small values, built once from the
/// vocabulary. Lookups are one multiply and a short linear probe: no `Hasher`, no `String`.
struct ByteHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    /// A key sits at most this many slots past its home slot, so a lookup compares a fixed
    /// window of slots and needs no loop (the table grows until every key fits). ``Probe``
    /// compares exactly four.
    static let window = 4

    /// Builds the table; later entries for the same key are OR-ed into the value.
    init(_ entries: [(key: UInt64, value: UInt32)]) {
        precondition(ByteHashTable.window == 4, "Probe.contains compares four slots")
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        while true {
            // The window may run past the last home slot: the arrays have that many slots more.
            var keys = [UInt64](repeating: 0, count: size + ByteHashTable.window - 1)
            var values = [UInt32](repeating: 0, count: keys.count)
            var fits = true
            for entry in entries {
                let key = entry.key == 0 ? 1 : entry.key
                let home = ByteHashTable.slot(key, size - 1)
                var slot = home
                while keys[slot] != 0 && keys[slot] != key && slot - home < ByteHashTable.window - 1 { slot += 1 }
                if keys[slot] != 0 && keys[slot] != key { fits = false; break }
                keys[slot] = key
                values[slot] |= entry.value
            }
            if fits {
                self.keys = keys
                self.values = values
                self.mask = size - 1
                return
            }
            size <<= 1
            // The tables hold word lists of a few thousand entries; this is far beyond them.
            precondition(size <= 1 << 24, "word table keys do not spread out")
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32? {
        let key = key == 0 ? 1 : key
        let home = ByteHashTable.slot(key, mask)
        for slot in home..<(home + ByteHashTable.window) where keys[slot] == key { return values[slot] }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Read access to the keys through a pointer, for loops that look up many words: no
    /// reference counting or bounds checks per lookup.
    struct Probe {
        fileprivate let keys: UnsafeBufferPointer<UInt64>
        fileprivate let mask: Int

        /// Whether `key` is in the table: the ``ByteHashTable/window`` (four) slots it can be in
        /// are compared all at once, with no branch to mispredict.
        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            let key = key == 0 ? 1 : key
            let slot = ByteHashTable.slot(key, mask)
            let base = keys.baseAddress! + slot
            let hits = (base[0] == key ? 1 : 0) | (base[1] == key ? 1 : 0) | (base[2] == key ? 1 : 0)
                | (base[3] == key ? 1 : 0)
            return hits != 0
        }
    }

    /// Runs `body` with a ``Probe`` of the table.
    @inline(__always)
    func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try keys.withUnsafeBufferPointer { try body(Probe(keys: $0, mask: mask)) }
    }

    /// The hash every vocabulary key and lookup uses: ``blockHash(_:)``, eight bytes a step (a
    /// byte-serial hash such as FNV chains one multiply per byte, which the processor cannot overlap).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        blockHash(bytes)
    }

    /// A fast 64-bit hash of a whole text, eight bytes at a time, for finding repeated blocks
    /// and looking up words (FNV's byte-serial multiply chain costs more than the rest of a line's scan).
    @inline(__always)
    static func blockHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        hash = (hash ^ SWAR.load(bytes, at: offset)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    /// ``blockHash(_:)`` of the `count` bytes at `start`, which are followed by readable memory
    /// (at least eight bytes from `start` in all): the last partial word is loaded whole and masked.
    @inline(__always)
    static func blockHash(padded start: UnsafeRawPointer, count: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset &+ 8 <= count {
            let word = start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset &+= 8
        }
        let rest = count &- offset
        let tail = rest == 0 ? 0 : start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            & ((1 &<< UInt64(truncatingIfNeeded: rest &* 8)) &- 1)
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    static func hash<S: StringProtocol>(_ text: S) -> UInt64 {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { hash(UnsafeBufferPointer($0)) }
    }

    /// A set of words: every value is 1.
    init<S: Sequence>(words: S) where S.Element: StringProtocol {
        self.init(words.map { (ByteHashTable.hash($0), UInt32(1)) })
    }
}
