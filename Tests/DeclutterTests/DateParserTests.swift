import XCTest
@testable import Declutter

/// Dates as metadata and date lines write them, read into ISO 8601.
final class DateParserTests: XCTestCase {
    private func iso(_ text: String, fallback: String? = nil) -> String? {
        DateParser.parse(text, fallback: fallback.flatMap { DateParser.parse($0) })?.iso
    }

    func testMetadataForms() {
        XCTAssertEqual(iso("2024-11-07"), "2024-11-07")
        XCTAssertEqual(iso("2024-11-07T02:06:00.000Z"), "2024-11-07T02:06:00Z")
        XCTAssertEqual(iso("2024-11-07T11:06:00+09:00"), "2024-11-07T11:06:00+09:00")
        XCTAssertEqual(iso("2024-11-07T11:06-0500"), "2024-11-07T11:06:00-05:00")
        XCTAssertEqual(iso("2024-11-07 11:06:05"), "2024-11-07T11:06:05")
        XCTAssertEqual(iso("Thu, 07 Nov 2024 11:06:00 GMT"), "2024-11-07T11:06:00Z")
        XCTAssertEqual(iso("Thu, 07 Nov 2024 11:06:00 +0100"), "2024-11-07T11:06:00+01:00")
    }

    func testDateLines() {
        XCTAssertEqual(iso("11:06 JST, November 7, 2024"), "2024-11-07T11:06:00+09:00")
        XCTAssertEqual(iso("2024.11.06 21:26"), "2024-11-06T21:26:00")
        XCTAssertEqual(iso("7 Novembre 2024"), "2024-11-07")
        XCTAssertEqual(iso("Nov. 7th, 2024 at 3:45 p.m. EST"), "2024-11-07T15:45:00-05:00")
        XCTAssertEqual(iso("Published 12:15am GMT+9, 1 March 2025"), "2025-03-01T00:15:00+09:00")
        XCTAssertEqual(iso("7. November 2024, 10:21 Uhr"), "2024-11-07T10:21:00")
        XCTAssertEqual(iso("7 de noviembre de 2024"), "2024-11-07")
        XCTAssertEqual(iso("07.11.2024 um 10:21"), "2024-11-07T10:21:00")
        XCTAssertEqual(iso("2024年11月7日 11:06"), "2024-11-07T11:06:00")
        XCTAssertEqual(iso("2024년 11월 7일"), "2024-11-07")
        XCTAssertEqual(iso("13/04/2024"), "2024-04-13")
        XCTAssertEqual(iso("04/13/2024"), "2024-04-13")
        XCTAssertEqual(iso("7 ноября 2024"), "2024-11-07")
        XCTAssertEqual(iso("updated at 15:00 JST", fallback: "11:06 JST, November 7, 2024"), "2024-11-07T15:00:00+09:00")
    }

    func testWhatIsNotADate() {
        XCTAssertNil(iso("03/04/2024"))          // March or April
        XCTAssertNil(iso("3 hours ago"))
        XCTAssertNil(iso("February 30, 2024"))
        XCTAssertNil(iso("May the fourth"))
        XCTAssertNil(iso("Version 2024.11.06.3"))
        XCTAssertNil(iso("11:06"))
        XCTAssertEqual(iso("2023-02-29"), nil)
        XCTAssertEqual(iso("2024-02-29"), "2024-02-29")
        XCTAssertEqual(iso("November 7, 2024 25:10"), "2024-11-07")
    }
}
