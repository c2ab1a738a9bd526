/// Byte tests on eight bytes at once ("SIMD within a register"), for the loops that scan every
/// byte of a page: line checks, lower-casing, phrase prefixes. Each returns the high bit of every
/// byte that passes and no other bit, so `trailingZeroBitCount / 8` is the first such byte.
enum SWAR {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte.
    static let highs: UInt64 = 0x8080_8080_8080_8080
    /// 0x7F in every byte.
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The bytes of `word` equal to zero.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & lows) &+ lows) | word) & highs
    }

    /// The bytes of `word` equal to `byte`.
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (UInt64(byte) &* ones))
    }

    /// The bytes of `word` below `bound` (at most 0x80).
    @inline(__always)
    static func bytes(_ word: UInt64, below bound: UInt8) -> UInt64 {
        ~(((word & lows) &+ (UInt64(0x80 - bound) &* ones)) | word) & highs
    }

    /// The bytes of `word` in `lower...upper` (both below 0x80).
    @inline(__always)
    static func bytes(_ word: UInt64, in lower: UInt8, _ upper: UInt8) -> UInt64 {
        let low = word & lows
        let atLeastLower = low &+ (UInt64(0x80 - lower) &* ones)
        let aboveUpper = low &+ (UInt64(0x80 - upper - 1) &* ones)
        return atLeastLower & ~aboveUpper & ~word & highs
    }

    /// The eight bytes of `buffer` from `position` packed little-endian, zeros past its end.
    @inline(__always)
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt64 {
        if position &+ 8 <= buffer.count {
            return UnsafeRawPointer(buffer.baseAddress! + position).loadUnaligned(as: UInt64.self)
        }
        if buffer.count >= 8 && position < buffer.count {
            // The last eight bytes, shifted down: the tail of a line in one load, not byte by byte.
            let tail = UnsafeRawPointer(buffer.baseAddress! + (buffer.count &- 8)).loadUnaligned(as: UInt64.self)
            return tail &>> UInt64((position &+ 8 &- buffer.count) &* 8)
        }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var index = position
        while index < buffer.count {
            word |= UInt64(buffer[index]) &<< shift
            shift &+= 8
            index &+= 1
        }
        return word
    }

    /// `word` with ASCII capitals lower-cased (each byte in "A"..."Z" gets bit 5).
    @inline(__always)
    static func foldASCII(_ word: UInt64) -> UInt64 {
        word | (bytes(word, in: 0x41, 0x5A) >> 2)
    }
}
