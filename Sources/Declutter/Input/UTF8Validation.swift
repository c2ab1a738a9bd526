/// Checks UTF-8 without building a string: how many malformed sequences and how many
/// multi-byte characters a buffer holds. Both decoders (text and HTML) use it to decide whether
/// bytes are UTF-8, so it has to be fast on the mostly-ASCII bytes of HTML.
enum UTF8Validation {
    /// What one pass over the bytes found.
    struct Summary: Equatable, Sendable {
        /// Malformed sequences, counted the way Swift's decoder counts its U+FFFD replacements
        /// (one per maximal invalid subpart).
        var invalid = 0
        /// Well-formed characters of two to four bytes.
        var multiByte = 0

        /// The bytes are well-formed UTF-8.
        var isValid: Bool { invalid == 0 }
        /// The bytes are well-formed and not plain ASCII: positive evidence of UTF-8.
        var isNonASCIIUTF8: Bool { invalid == 0 && multiByte > 0 }
    }

    static func invalidSequenceCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { scan($0).invalid }
    }

    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Summary {
        var summary = Summary()
        guard let base = buffer.baseAddress else { return summary }
        let count = buffer.count
        var index = 0
        while index < count {
            if base[index] < 0x80 {
                // ASCII fast path, 32 bytes at a time while they last, then eight.
                while index + 32 <= count {
                    let raw = UnsafeRawPointer(base + index)
                    let any = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if any & 0x8080_8080_8080_8080 != 0 { break }
                    index += 32
                }
                // ASCII to the very end (a length a multiple of 32): nothing is left to read.
                if index == count { break }
                if index + 8 <= count {
                    // Eight ASCII bytes, or the ASCII bytes up to the first that is not.
                    let high = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    index += high == 0 ? 8 : high.trailingZeroBitCount >> 3
                    continue
                }
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
            }
            let lead = base[index]
            // The commonest well-formed forms first (the two-byte letters of Latin, Greek, Cyrillic,
            // Arabic...; the three-byte CJK, kana and Hangul), their leads allowing any continuation byte.
            if lead &- 0xC2 < 0x1E && index + 1 < count && base[index + 1] & 0xC0 == 0x80 {
                summary.multiByte += 1
                index += 2
                continue
            }
            if lead &- 0xE1 < 0x0F && lead != 0xED && index + 2 < count
                && base[index + 1] & 0xC0 == 0x80 && base[index + 2] & 0xC0 == 0x80 {
                summary.multiByte += 1
                index += 3
                continue
            }
            // Continuation bytes needed, and the allowed range of the first one (which rules out
            // overlong forms, surrogates and code points above U+10FFFF).
            var needed = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: needed = 1
            case 0xE0: needed = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
            case 0xED: needed = 2; high = 0x9F
            case 0xF0: needed = 3; low = 0x90
            case 0xF1...0xF3: needed = 3
            case 0xF4: needed = 3; high = 0x8F
            default:
                summary.invalid += 1
                index += 1
                continue
            }
            var next = index + 1
            var matched = 0
            if next < count, base[next] >= low, base[next] <= high {
                next += 1
                matched = 1
                while matched < needed, next < count, base[next] & 0xC0 == 0x80 {
                    next += 1
                    matched += 1
                }
            }
            if matched == needed {
                summary.multiByte += 1
            } else {
                // The lead and the continuation bytes that fitted form one maximal invalid subpart.
                summary.invalid += 1
            }
            index = next
        }
        return summary
    }
}
