/// Charset labels as pages write them, mapped to the names iconv (and so libxml2) knows.
///
/// The mapping follows the WHATWG Encoding Standard, which is what browsers do: "iso-8859-1",
/// "latin1" and "us-ascii" all mean windows-1252, "gb2312" and "gbk" mean GB18030, "shift_jis"
/// means the Microsoft variant (CP932, where 0x5C is a backslash), "euc-kr" means CP949, and a
/// page declaring UTF-16 in a `<meta>` is read as UTF-8 (a real UTF-16 page has a BOM).
enum CharsetNames {
    static let utf8 = "UTF-8"
    static let utf16LE = "UTF-16LE"
    static let utf16BE = "UTF-16BE"
    static let windows1252 = "windows-1252"

    /// The iconv name for a lower-cased label, or nil when the label is unknown.
    static func iconvName(for label: String) -> String? {
        if let name = labels[label] { return name }
        // "iso-8859-N" and its spellings ("iso8859-2", "iso_8859-2", "latin2" is in the table).
        var compact = label.replacingOccurrences(of: "_", with: "-")
        if compact.hasPrefix("iso8859") { compact = "iso-8859" + compact.dropFirst(7) }
        if compact.hasPrefix("iso-8859-"), let number = Int(compact.dropFirst(9).prefix(while: { $0.isNumber })) {
            switch number {
            case 1: return windows1252
            case 9: return "WINDOWS-1254"
            case 2...8, 10, 13...16: return "ISO-8859-\(number)"
            case 11: return "WINDOWS-874"
            default: return nil
            }
        }
        for prefix in ["windows-125", "cp125", "x-cp125"] where compact.hasPrefix(prefix) {
            let rest = compact.dropFirst(prefix.count)
            if rest.count == 1, let number = Int(rest), number <= 8 {
                return number == 2 ? windows1252 : "WINDOWS-125\(number)"
            }
        }
        return nil
    }

    /// Encodings that use only 7-bit bytes with escape sequences, where ASCII-looking bytes are
    /// not ASCII text and must go through the converter.
    static func isSevenBitStateful(_ name: String) -> Bool {
        name.hasPrefix("ISO-2022") || name == "UTF-7" || name == "HZ"
    }

    /// Labels that are not of the "iso-8859-N" / "windows-125N" shape.
    static let labels: [String: String] = [
        // Unicode; a UTF-16 label without a BOM is read as UTF-8, as browsers do.
        "utf-8": utf8, "utf8": utf8, "unicode-1-1-utf-8": utf8, "x-unicode20utf8": utf8,
        "utf-16": utf8, "utf-16le": utf8, "utf-16be": utf8, "unicode": utf8, "ucs-2": utf8,
        // The Latin-1 family: browsers read all of these as windows-1252.
        "iso-8859-1": windows1252, "iso8859-1": windows1252, "iso_8859-1": windows1252, "latin1": windows1252,
        "l1": windows1252, "cp1252": windows1252, "windows-1252": windows1252, "x-cp1252": windows1252,
        "us-ascii": windows1252, "ascii": windows1252, "ansi_x3.4-1968": windows1252, "cp819": windows1252,
        "ibm819": windows1252, "iso-ir-100": windows1252,
        // Other single-byte code pages.
        "latin2": "ISO-8859-2", "l2": "ISO-8859-2", "latin3": "ISO-8859-3", "latin4": "ISO-8859-4",
        "cyrillic": "ISO-8859-5", "arabic": "ISO-8859-6", "greek": "ISO-8859-7", "hebrew": "ISO-8859-8",
        "iso-8859-8-i": "ISO-8859-8", "latin5": "WINDOWS-1254", "iso-8859-9": "WINDOWS-1254", "latin6": "ISO-8859-10",
        "koi8-r": "KOI8-R", "koi8": "KOI8-R", "koi": "KOI8-R", "koi8-u": "KOI8-U", "koi8-ru": "KOI8-U",
        "ibm866": "IBM866", "cp866": "IBM866", "866": "IBM866",
        "macintosh": "MACINTOSH", "mac": "MACINTOSH", "x-mac-roman": "MACINTOSH",
        "x-mac-cyrillic": "MAC-CYRILLIC", "x-mac-ukrainian": "MAC-CYRILLIC",
        "tis-620": "WINDOWS-874", "windows-874": "WINDOWS-874", "dos-874": "WINDOWS-874", "iso-8859-11": "WINDOWS-874",
        // Chinese.
        "gbk": "GB18030", "gb2312": "GB18030", "gb_2312": "GB18030", "gb_2312-80": "GB18030", "x-gbk": "GB18030",
        "chinese": "GB18030", "csgb2312": "GB18030", "iso-ir-58": "GB18030", "gb18030": "GB18030",
        "big5": "BIG5-HKSCS", "big5-hkscs": "BIG5-HKSCS", "cn-big5": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS",
        "csbig5": "BIG5-HKSCS",
        // Japanese.
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "ms932": "CP932", "windows-31j": "CP932", "cp932": "CP932", "csshiftjis": "CP932",
        "euc-jp": "EUC-JP-MS", "x-euc-jp": "EUC-JP-MS", "cseucpkdfmtjapanese": "EUC-JP-MS",
        "iso-2022-jp": "ISO-2022-JP", "csiso2022jp": "ISO-2022-JP",
        // Korean.
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "ks_c_5601-1989": "CP949", "ksc5601": "CP949",
        "ksc_5601": "CP949", "windows-949": "CP949", "cp949": "CP949", "korean": "CP949", "iso-ir-149": "CP949",
        "cseuckr": "CP949",
    ]
}
