#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes. Foundation's `String.contains(_:)` bridges through
/// NSString and the generic `firstRange(of:)` walks indices one by one; on short lines both cost
/// more than the rest of a block's features together.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = needle.count
        guard length > 0 else { return 0 }
        guard length <= haystack.count, let base = haystack.baseAddress, let pattern = needle.baseAddress else {
            return nil
        }
        let first = pattern[0]
        var index = 0
        let last = haystack.count - length
        while index <= last {
            if base[index] == first && (length == 1 || memcmp(base + index + 1, pattern + 1, length - 1) == 0) {
                return index
            }
            index &+= 1
        }
        return nil
    }

    /// The offset of the last occurrence of `needle` in the UTF-8 of `text`, or nil.
    static func lastOffset(of needle: [UInt8], in text: String) -> Int? {
        guard !needle.isEmpty else { return nil }
        var copy = text
        return copy.withUTF8 { haystack in
            guard needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
            return needle.withUnsafeBufferPointer { pattern in
                var index = haystack.count - needle.count
                while index >= 0 {
                    if base[index] == pattern[0] && memcmp(base + index, pattern.baseAddress!, needle.count) == 0 {
                        return index
                    }
                    index -= 1
                }
                return nil
            }
        }
    }

    /// Whether two texts have the same UTF-8 bytes (not only the same characters).
    static func sameBytes(_ text: String, _ other: String) -> Bool {
        guard text.utf8.count == other.utf8.count else { return false }
        var a = text, b = other
        return a.withUTF8 { a in b.withUTF8 { a.elementsEqual($0) } }
    }

    /// Whether the UTF-8 of `text` contains the UTF-8 of `other`.
    static func contains(_ text: String, _ other: String) -> Bool {
        contains(text, Array(other.utf8))
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { find($0, in: haystack) != nil }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Whether the UTF-8 of `text` contains `needle`.
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var copy = text
        return copy.withUTF8 { contains($0, needle) }
    }
}
