/// List markers at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
enum ListMarker {
    /// Bullets written as characters other than ASCII ("• ", "· ", "◦ ", "▪ ").
    static let bullets: [[UInt8]] = ["• ", "· ", "◦ ", "▪ "].map { Array($0.utf8) }

    static func hasMarker<Line: RandomAccessCollection>(_ line: Line) -> Bool where Line.Element == UInt8, Line.Index == Int {
        guard let first = line.first else { return false }
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")),
           line.count > 1, line[line.startIndex + 1] == 0x20 {
            return true
        }
        if first >= 0x80 { return bullets.contains { line.starts(with: $0) } }
        // "1. " / "12) "
        var digits = 0
        for byte in line {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; continue }
            if digits > 0 && digits <= 2 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
                return line.count > digits + 1 && line[line.startIndex + digits + 1] == 0x20
            }
            return false
        }
        return false
    }
}
