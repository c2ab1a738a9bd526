/// A fixed, read-only hash table from 64-bit word hashes to small values, built once from the
/// vocabulary. Lookups are two multiplies, two loads and one compare: no `Hasher`, no `String`,
/// no loop.
///
/// The table is a perfect hash ("hash and displace"): a key's bucket holds a seed chosen when
/// the table is built so that the bucket's keys land on slots of their own, so a key can sit in
/// one slot only. The slots are about as many as the keys, so the tables stay small enough for the
/// processor's first-level cache: the stop-word table, probed for nearly every word of a page,
/// is 10 KB (its earlier open-addressing form needed 128 KB to keep every key within four slots
/// of its home, and a word's lookup missed the cache about once in three).
struct ByteHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    /// One seed a bucket: the slot of a key is ``slot(_:seed:shift:)`` with its bucket's seed.
    private var seeds: [UInt64]
    private let bucketMask: Int
    /// 64 less the bits of a slot index.
    private let shift: UInt64

    /// Keys a bucket holds on average: few enough that a seed placing them all is soon found,
    /// enough that the seeds take a fraction of the keys' room.
    static let keysPerBucket = 4
    /// The most keys a table fills its slots with before it doubles them: the last buckets placed
    /// need a seed that sends each of their keys to one of the few slots left.
    static let maxLoad = 0.9
    /// Seeds tried for one bucket before the table doubles its slots (never reached by the
    /// vocabulary's tables, whose seeds are found in a few hundred tries at most).
    static let maxSeedTries = 1 << 16

    /// Builds the table; later entries for the same key are OR-ed into the value.
    init(_ entries: [(key: UInt64, value: UInt32)]) {
        // One entry a key, the values of repeats OR-ed.
        var merged = [UInt64: UInt32]()
        for entry in entries { merged[entry.key == 0 ? 1 : entry.key, default: 0] |= entry.value }
        let unique = merged.sorted { $0.key < $1.key }
        var slots = 16
        while Double(unique.count) > Double(slots) * ByteHashTable.maxLoad { slots <<= 1 }
        while true {
            if let built = ByteHashTable.place(unique, slots: slots) {
                self = built
                return
            }
            slots <<= 1
            // The tables hold word lists of a few thousand entries; this is far beyond them.
            precondition(slots <= 1 << 24, "word table keys do not spread out")
        }
    }

    private init(keys: [UInt64], values: [UInt32], seeds: [UInt64], shift: UInt64) {
        self.keys = keys
        self.values = values
        self.seeds = seeds
        self.bucketMask = seeds.count - 1
        self.shift = shift
    }

    /// The table of these (distinct, non-zero) keys in `slots` slots, or nil when a bucket's
    /// keys found no seed.
    private static func place(_ entries: [(key: UInt64, value: UInt32)], slots: Int) -> ByteHashTable? {
        let bucketCount = max(1, slots / keysPerBucket)
        let shift = UInt64(64 - slots.trailingZeroBitCount)
        var members = [[Int]](repeating: [], count: bucketCount)
        for (index, entry) in entries.enumerated() { members[bucket(entry.key, bucketCount - 1)].append(index) }
        var keys = [UInt64](repeating: 0, count: slots)
        var values = [UInt32](repeating: 0, count: slots)
        var seeds = [UInt64](repeating: 0, count: bucketCount)
        // The fullest buckets first, while most slots are free; ties in bucket order.
        let order = members.indices.sorted { (members[$0].count, $1) > (members[$1].count, $0) }
        var taken = [Int]()
        for bucket in order where !members[bucket].isEmpty {
            var placed = false
            for attempt in 0..<maxSeedTries {
                let seed = UInt64(attempt) &* 0x9E37_79B9_7F4A_7C15
                taken.removeAll(keepingCapacity: true)
                for index in members[bucket] {
                    let slot = ByteHashTable.slot(entries[index].key, seed: seed, shift: shift)
                    if keys[slot] != 0 || taken.contains(slot) { break }
                    taken.append(slot)
                }
                guard taken.count == members[bucket].count else { continue }
                for (index, slot) in zip(members[bucket], taken) {
                    keys[slot] = entries[index].key
                    values[slot] = entries[index].value
                }
                seeds[bucket] = seed
                placed = true
                break
            }
            if !placed { return nil }
        }
        return ByteHashTable(keys: keys, values: values, seeds: seeds, shift: shift)
    }

    /// A key's bucket.
    @inline(__always)
    private static func bucket(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// A key's slot under its bucket's seed: the top bits of a second multiply.
    @inline(__always)
    private static func slot(_ key: UInt64, seed: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ seed) &* 0xD6E8_FEB8_6659_FD93) >> shift)
    }

    /// The bytes the lookups read: keys, values and seeds.
    var byteSize: Int { keys.count * 8 + values.count * 4 + seeds.count * 8 }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32? {
        let key = key == 0 ? 1 : key
        let slot = ByteHashTable.slot(key, seed: seeds[ByteHashTable.bucket(key, bucketMask)], shift: shift)
        return keys[slot] == key ? values[slot] : nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Read access to the table through pointers, for loops that look up many words: no
    /// reference counting or bounds checks per lookup.
    struct Probe {
        fileprivate let keys: UnsafePointer<UInt64>
        fileprivate let seeds: UnsafePointer<UInt64>
        fileprivate let bucketMask: Int
        fileprivate let shift: UInt64

        /// Whether `key` is in the table: its one possible slot compared, with no branch.
        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            let key = key == 0 ? 1 : key
            let seed = seeds[ByteHashTable.bucket(key, bucketMask)]
            return keys[ByteHashTable.slot(key, seed: seed, shift: shift)] == key
        }
    }

    /// Runs `body` with a ``Probe`` of the table.
    @inline(__always)
    func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try keys.withUnsafeBufferPointer { keys in
            try seeds.withUnsafeBufferPointer { seeds in
                try body(Probe(keys: keys.baseAddress!, seeds: seeds.baseAddress!, bucketMask: bucketMask, shift: shift))
            }
        }
    }

    /// The hash every vocabulary key and lookup uses: ``blockHash(_:)``, eight bytes a step (a
    /// byte-serial hash such as FNV chains one multiply per byte, which the processor cannot overlap).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        blockHash(bytes)
    }

    /// A fast 64-bit hash of a whole text, sixteen bytes a step in two independent lanes, for
    /// finding repeated blocks and looking up words. Each lane is a chain of multiplies the
    /// processor must wait on; two chains run side by side (a byte-serial hash such as FNV chains
    /// one multiply per byte, which cost more than the rest of a line's scan).
    @inline(__always)
    static func blockHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return finish(lanes(UnsafeRawPointer(bitPattern: 8)!, 0), count: 0, tail: 0) }
        let raw = UnsafeRawPointer(base)
        let whole = bytes.count & ~7
        return finish(lanes(raw, bytes.count), count: bytes.count, tail: SWAR.load(bytes, at: whole))
    }

    /// ``blockHash(_:)`` of the `count` bytes at `start`, which are followed by readable memory
    /// (at least eight bytes from `start` in all): the last partial word is loaded whole and masked.
    @inline(__always)
    static func blockHash(padded start: UnsafeRawPointer, count: Int) -> UInt64 {
        let whole = count & ~7
        let rest = count &- whole
        let tail = rest == 0 ? 0 : start.loadUnaligned(fromByteOffset: whole, as: UInt64.self)
            & ((1 &<< UInt64(truncatingIfNeeded: rest &* 8)) &- 1)
        return finish(lanes(start, count), count: count, tail: tail)
    }

    /// The two lanes of ``blockHash(_:)`` over the whole eight-byte words of `count` bytes at
    /// `start`: sixteen bytes a step, then the last whole word, if odd, in the first lane.
    @inline(__always)
    private static func lanes(_ start: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
        var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var second: UInt64 = 0x2545_F491_4F6C_DD1D
        var offset = 0
        while offset &+ 16 <= count {
            first = (first ^ start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            second = (second ^ start.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self)) &* 0xC2B2_AE3D_27D4_EB4F
            first ^= first &>> 32
            second ^= second &>> 32
            offset &+= 16
        }
        if offset &+ 8 <= count {
            first = (first ^ start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            first ^= first &>> 32
        }
        return (first, second)
    }

    /// The lanes folded together with the last partial word (`tail`, zero-filled).
    @inline(__always)
    private static func finish(_ lanes: (UInt64, UInt64), count: Int, tail: UInt64) -> UInt64 {
        var hash = (lanes.0 ^ (lanes.1 &* 0x9E37_79B9_7F4A_7C15) ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash &>> 29
        return hash
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
