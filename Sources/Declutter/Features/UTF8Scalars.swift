/// Decoding single scalars from UTF-8 bytes, for the byte-level loops that need to know
/// whether a character is a letter without building `Character`s.
enum UTF8Scalars {
    /// The scalar starting at `index` and its width in bytes; malformed bytes decode as U+FFFD, width 1.
    @inline(__always)
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, width: Int) {
        let count = buffer.count
        let lead = buffer[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return (UInt32(lead & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return (UInt32(lead & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            return (UInt32(lead & 0x07) << 18 | UInt32(buffer[index + 1] & 0x3F) << 12
                | UInt32(buffer[index + 2] & 0x3F) << 6 | UInt32(buffer[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `end` (skips continuation bytes backwards).
    @inline(__always)
    static func start(before end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var index = end - 1
        while index > 0, buffer[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
