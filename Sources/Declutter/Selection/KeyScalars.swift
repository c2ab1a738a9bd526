import Foundation

/// What one scalar beyond ASCII adds to a title key (``TitleChooser/writeKey(_:into:maxBytes:)``):
/// its lower-case mapping, kept where it is a letter, mark or digit. Foundation's tables cost
/// hundreds of instructions a scalar, so the answers for the two-byte scalars (Latin, Greek,
/// Cyrillic, Hebrew, Arabic...) and for kana are read once into tables, and CJK ideographs and
/// Hangul syllables (their own lower case, all letters) are kept as they are.
enum KeyScalars {
    /// A table entry: the scalar's lower-case mapping is several scalars (read it from Foundation).
    static let several: UInt32 = .max

    /// The key scalar of each scalar from ``twoByteStart`` up to U+0800: its one-scalar lower-case
    /// mapping, 0 when that is no letter, mark or digit, ``several`` when the mapping is longer.
    static let twoByte: [UInt32] = table(twoByteStart..<0x800)
    /// The first scalar of ``twoByte``.
    static let twoByteStart: UInt32 = 0x80
    /// ``twoByte`` for the CJK symbols and punctuation, hiragana and katakana.
    static let kana: [UInt32] = table(kanaStart..<0x3100)
    /// The first scalar of ``kana``.
    static let kanaStart: UInt32 = 0x3000

    /// Whether the scalar is a CJK unified ideograph or a Hangul syllable: its own lower case,
    /// and a letter (the tests hold every one to Foundation's answer).
    @inline(__always)
    static func isIdeographOrSyllable(_ value: UInt32) -> Bool {
        value &- 0x4E00 < 0x5200 || value &- 0xAC00 < 0x2BA4
    }

    /// Writes the key bytes of the scalar `value` to `out` from `count` on; returns the new count.
    @inline(__always)
    static func write(_ value: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at count: Int) -> Int {
        var mapped = several
        if value &- twoByteStart < 0x800 &- twoByteStart {
            mapped = twoByte[Int(value &- twoByteStart)]
        } else if value &- kanaStart < 0x100 {
            mapped = kana[Int(value &- kanaStart)]
        } else if isIdeographOrSyllable(value) {
            mapped = value
        }
        if mapped == several { return slowWrite(value, into: out, at: count) }
        if mapped == 0 { return count }
        var count = count
        UTF8.encode(Unicode.Scalar(mapped)!) { out[count] = $0; count &+= 1 }
        return count
    }

    /// ``write(_:into:at:)`` from Foundation's tables: each scalar of the lower-case mapping (what
    /// `lowercased()` does, scalar by scalar) that is a letter, mark or digit.
    @inline(never)
    static func slowWrite(_ value: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at count: Int) -> Int {
        var count = count
        guard let scalar = Unicode.Scalar(value) else { return count }
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars where alphanumerics.contains(lowered) {
            UTF8.encode(lowered) { out[count] = $0; count &+= 1 }
        }
        return count
    }

    /// The table entries of `range` (see ``twoByte``), from Foundation's answers.
    static func table(_ range: Range<UInt32>) -> [UInt32] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            guard mapping.count == 1, let lowered = mapping.first else { return several }
            return alphanumerics.contains(lowered) ? lowered.value : 0
        }
    }

    /// Letters, marks and digits, as Foundation defines them.
    static let alphanumerics = CharacterSet.alphanumerics
}
