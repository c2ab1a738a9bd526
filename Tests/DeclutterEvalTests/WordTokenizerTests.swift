import XCTest
@testable import DeclutterEvalKit

/// The tokenizer against Python's `re.findall(r'\w+', s)`. Every expected list below was printed
/// by python3 3.11.7 (Unicode 14.0) on the same string.
final class WordTokenizerTests: XCTestCase {
    private func assertWords(_ text: String, _ expected: [String], line: UInt = #line) {
        XCTAssertEqual(WordTokenizer.words(in: text), expected, line: line)
    }

    func testPunctuationAndApostrophesSplitWords() {
        assertWords("Hello, world! It's 9:30 — don’t panic.", ["Hello", "world", "It", "s", "9", "30", "don", "t", "panic"])
        assertWords("snake_case __init__ a-b", ["snake_case", "__init__", "a", "b"])
        assertWords("", [])
    }

    func testCombiningMarksEndAWordButPrecomposedLettersDoNot() {
        assertWords("cafe\u{301} naïve", ["cafe", "naïve"])
        assertWords("नमस्ते दुनिया", ["नमस", "त", "द", "न", "य"])
        assertWords("مَرْحَبًا", ["م", "ر", "ح", "ب", "ا"])
    }

    func testAllNumberCategoriesAreWordCharacters() {
        assertWords("x² ½ ¾ 10³ Ⅻ ① ⅷ", ["x²", "½", "¾", "10³", "Ⅻ", "①", "ⅷ"])
        assertWords("ＡＢＣ１２３", ["ＡＢＣ１２３"])
        assertWords("ǅungla ʰ ª º", ["ǅungla", "ʰ", "ª", "º"])
    }

    func testCJKRunsAreOneWordAndEmojiAndFormatCharactersSplit() {
        assertWords("東京都は本日、発表した。", ["東京都は本日", "発表した"])
        assertWords("서울 시는", ["서울", "시는"])
        assertWords("🎉party👍🏽time 👨‍👩‍👧", ["party", "time"])
        assertWords("zero\u{200B}width non\u{00A0}breaking", ["zero", "width", "non", "breaking"])
    }

    func testInvalidUTF8BecomesASeparatorAsWithErrorsReplace() {
        let bytes = WordTokenizer.repairedUTF8([0x63, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x75, 0xC0, 0xAF, 0x78])
        let words = WordTokenizer.wordRanges(inValidUTF8: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        XCTAssertEqual(words, ["caf", "au", "x"])
    }

    func testCategoryRuleOnSampledScalars() {
        XCTAssertTrue(WordTokenizer.isWordScalar("_"))
        XCTAssertTrue(WordTokenizer.isWordScalar("\u{1D7D8}"))   // MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO, Nd
        XCTAssertTrue(WordTokenizer.isWordScalar("\u{20000}"))   // CJK Extension B ideograph, Lo
        XCTAssertFalse(WordTokenizer.isWordScalar("\u{301}"))    // combining acute, Mn
        XCTAssertFalse(WordTokenizer.isWordScalar("\u{1F600}"))  // emoji, So
        XCTAssertFalse(WordTokenizer.isWordScalar("\u{FFFD}"))   // replacement character, So
        XCTAssertFalse(WordTokenizer.isWordScalar("\u{31350}"))  // CJK Extension H (Unicode 15): unassigned to Python 3.11
        XCTAssertFalse(WordTokenizer.isWordScalar("\u{1E030}"))  // Cyrillic modifier letter (Unicode 15), likewise
    }
}
