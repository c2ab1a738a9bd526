/// A calendar date, with the time of day and its UTC offset when the text gave them.
struct ParsedDate: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int? = nil
    var minute: Int = 0
    var second: Int = 0
    /// Minutes east of UTC; nil when the text named no zone.
    var offset: Int? = nil

    /// ISO 8601: "2024-11-07", or "2024-11-07T11:06:00+09:00" ("Z" for UTC, no offset when the
    /// text named no zone).
    var iso: String {
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let hour else { return text }
        text += "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if let offset {
            if offset == 0 { return text + "Z" }
            let magnitude = abs(offset)
            text += (offset < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
        }
        return text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads dates as pages write them — in metadata ("2024-11-07T02:06:00.000Z", "Thu, 07 Nov 2024
/// 11:06:00 GMT") and in date lines ("11:06 JST, November 7, 2024", "2024.11.06 21:26",
/// "7 Novembre 2024", "2024年11月7日", "07.11.2024 um 10:21") — into ``ParsedDate``. A date
/// that cannot be told apart ("03/04/2024": March or April) gives nil rather than a guess.
enum DateParser {
    /// Years a page date can have; other four-digit numbers are not years.
    static let years = 1900...2100

    /// A token of a date string: a number, a word (lower case) or one punctuation character.
    struct Token: Equatable {
        enum Kind { case number, word, mark }
        var kind: Kind
        var text: String
        /// White space came before it.
        var spaced: Bool
        var value: Int { Int(text) ?? -1 }
    }

    /// The date in `text`, or nil. `fallback` gives the date (and zone) when the text has only a
    /// time ("updated at 15:00 JST" after "November 7, 2024").
    static func parse(_ text: String, fallback: ParsedDate? = nil) -> ParsedDate? {
        let tokens = tokenize(text)
        var date = findDate(tokens)
        if date == nil, let fallback {
            date = fallback
            date?.hour = nil
        }
        guard var result = date else { return nil }
        if let (hour, minute, second, offset) = findTime(tokens) {
            result.hour = hour
            result.minute = minute
            result.second = second
            result.offset = offset ?? (fallback?.offset)
        }
        return result
    }

    /// Splits `text` into numbers, lower-case words (CJK date marks each a word of their own) and
    /// punctuation marks; white space only sets ``Token/spaced``.
    static func tokenize(_ text: String) -> [Token] {
        var tokens = [Token]()
        var current = ""
        var kind = Token.Kind.mark
        var spaced = false
        func close() {
            if !current.isEmpty { tokens.append(Token(kind: kind, text: current, spaced: spaced)); spaced = false }
            current = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar.value < 0x80 && scalar.value >= 0x30 && scalar.value <= 0x39 {
                if kind != .number { close() }
                kind = .number
                current.unicodeScalars.append(scalar)
            } else if properties.isAlphabetic && !cjkDateMarks.contains(scalar) {
                if kind != .word { close() }
                kind = .word
                current.unicodeScalars.append(scalar)
            } else {
                close()
                if properties.isWhitespace {
                    spaced = true
                } else {
                    tokens.append(Token(kind: .mark, text: String(scalar), spaced: spaced))
                    spaced = false
                }
                kind = .mark
            }
        }
        close()
        return tokens
    }

    /// 年 月 日 (Chinese, Japanese) and 년 월 일 (Korean): each is a mark of its own.
    static let cjkDateMarks: Set<Unicode.Scalar> = ["年", "月", "日", "년", "월", "일"]

    // MARK: - The date

    private static func findDate(_ tokens: [Token]) -> ParsedDate? {
        var index = 0
        while index < tokens.count {
            if let date = numericDate(tokens, at: index) ?? namedMonthDate(tokens, at: index) { return date }
            index += 1
        }
        return nil
    }

    /// "2024-11-07", "2024.11.06", "2024/11/06", "2024年11月7日", "2024년 11월 7일"; "07.11.2024"
    /// (day first); "11/07/2024" only when one of the two cannot be a month.
    private static func numericDate(_ tokens: [Token], at index: Int) -> ParsedDate? {
        // "N sep N sep N": five tokens.
        guard index + 4 < tokens.count else { return nil }
        let first = tokens[index], separator = tokens[index + 1], second = tokens[index + 2]
        let secondSeparator = tokens[index + 3], third = tokens[index + 4]
        guard first.kind == .number, separator.kind == .mark, second.kind == .number, secondSeparator.kind == .mark,
              third.kind == .number else { return nil }
        let marks = separator.text + secondSeparator.text
        let cjk = (marks == "年月" || marks == "년월")
        guard cjk || (separator.text == secondSeparator.text && ["-", "/", "."].contains(separator.text)),
              cjk || (!second.spaced && !secondSeparator.spaced && !third.spaced) else { return nil }
        // The last number must end there: "2024.11.06.3" is a version number.
        if index + 5 < tokens.count, tokens[index + 5].text == separator.text, !cjk,
           index + 6 < tokens.count, tokens[index + 6].kind == .number, !tokens[index + 5].spaced { return nil }
        if first.text.count == 4 {
            return valid(year: first.value, month: second.value, day: third.value)
        }
        guard third.text.count == 4, first.text.count <= 2, second.text.count <= 2, !cjk else { return nil }
        let (a, b) = (first.value, second.value)
        if separator.text == "." { return valid(year: third.value, month: b, day: a) }
        if a > 12 && b <= 12 { return valid(year: third.value, month: b, day: a) }
        if b > 12 && a <= 12 { return valid(year: third.value, month: a, day: b) }
        return a == b ? valid(year: third.value, month: a, day: b) : nil
    }

    /// "November 7, 2024", "Nov. 7th 2024", "7 Novembre 2024", "7. November 2024", "7 de
    /// noviembre de 2024", "Thu, 07 Nov 2024".
    private static func namedMonthDate(_ tokens: [Token], at index: Int) -> ParsedDate? {
        guard tokens[index].kind == .word, let month = monthNumber(tokens[index].text) else { return nil }
        // The year: the first four-digit number after the month (or before it, "2024 Nov 7").
        let year = tokens[(index + 1)...].first { $0.kind == .number && $0.text.count == 4 && years.contains($0.value) }
            ?? tokens[..<index].last { $0.kind == .number && $0.text.count == 4 && years.contains($0.value) }
        guard let year else { return nil }
        // The day: a number just before the month ("7 Nov", "7. Nov", "7 de nov") or just after it.
        var before = index - 1
        while before >= 0, tokens[before].text == "." || tokens[before].text == "de" || tokens[before].text == "," {
            before -= 1
        }
        if before >= 0, isDay(tokens, before) { return valid(year: year.value, month: month, day: tokens[before].value) }
        var after = index + 1
        while after < tokens.count, tokens[after].text == "." || tokens[after].text == "," { after += 1 }
        if after < tokens.count, isDay(tokens, after) { return valid(year: year.value, month: month, day: tokens[after].value) }
        return nil
    }

    /// A number that can be a day of the month and is not part of a time ("11:06").
    private static func isDay(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .number, token.text.count <= 2, (1...31).contains(token.value) else { return false }
        if index + 1 < tokens.count, tokens[index + 1].text == ":" { return false }
        if index > 0, tokens[index - 1].text == ":" { return false }
        return true
    }

    static func monthNumber(_ word: String) -> Int? {
        Vocabulary.monthNumbers[word] ?? Vocabulary.moreMonthNumbers[word]
    }

    private static func valid(year: Int, month: Int, day: Int) -> ParsedDate? {
        guard years.contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        if month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { return nil }
        return ParsedDate(year: year, month: month, day: day)
    }

    // MARK: - The time

    /// The first "H:MM" or "H:MM:SS" (with "am"/"pm", fractions of a second skipped) and the zone
    /// after it: "Z", "+09:00", "+0900", "GMT+9", "JST".
    private static func findTime(_ tokens: [Token]) -> (Int, Int, Int, Int?)? {
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            let hourToken = tokens[index]
            guard hourToken.kind == .number, hourToken.text.count <= 2, tokens[index + 1].text == ":",
                  tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2 else { continue }
            var hour = hourToken.value
            let minute = tokens[index + 2].value
            var second = 0
            var next = index + 3
            if next + 1 < tokens.count, tokens[next].text == ":", tokens[next + 1].kind == .number,
               tokens[next + 1].text.count == 2 {
                second = tokens[next + 1].value
                next += 2
                // ".000" fractions of a second.
                if next + 1 < tokens.count, tokens[next].text == ".", tokens[next + 1].kind == .number,
                   !tokens[next].spaced { next += 2 }
            }
            guard hour <= 23, minute <= 59, second <= 59 else { continue }
            // "3:45 pm", "3:45 p.m.", "3:45pm".
            if next < tokens.count, tokens[next].kind == .word {
                let word = tokens[next].text
                let meridiem = word == "am" || word == "pm" ? word
                    : (word == "a" || word == "p") && next + 2 < tokens.count && tokens[next + 1].text == "."
                        && tokens[next + 2].text == "m" ? word + "m" : nil
                if let meridiem {
                    guard hour >= 1 && hour <= 12 else { continue }
                    if meridiem == "pm" && hour != 12 { hour += 12 }
                    if meridiem == "am" && hour == 12 { hour = 0 }
                    next += meridiem == word ? 1 : 3
                    if next < tokens.count, tokens[next].text == "." { next += 1 }
                }
            }
            return (hour, minute, second, zone(tokens, at: next))
        }
        return nil
    }

    /// The UTC offset written at `index`, in minutes east.
    private static func zone(_ tokens: [Token], at start: Int) -> Int? {
        var index = start
        var base: Int? = nil
        if index < tokens.count, tokens[index].kind == .word {
            let word = tokens[index].text
            guard let offset = Vocabulary.timeZoneOffsets[word] else { return nil }
            base = offset
            index += 1
            // "GMT+9", "UTC+09:00": a numeric offset follows.
            guard offset == 0, index < tokens.count, tokens[index].text == "+" || tokens[index].text == "-",
                  !tokens[index].spaced else { return base }
        }
        guard index + 1 < tokens.count, tokens[index].text == "+" || tokens[index].text == "-",
              tokens[index + 1].kind == .number else { return base }
        let sign = tokens[index].text == "-" ? -1 : 1
        let digits = tokens[index + 1].text
        var hours = 0, minutes = 0
        switch digits.count {
        case 1, 2:
            hours = tokens[index + 1].value
            if index + 3 < tokens.count, tokens[index + 2].text == ":", tokens[index + 3].kind == .number,
               tokens[index + 3].text.count == 2 {
                minutes = tokens[index + 3].value
            }
        case 4:
            hours = tokens[index + 1].value / 100
            minutes = tokens[index + 1].value % 100
        default:
            return base
        }
        guard hours <= 14, minutes <= 59 else { return base }
        return sign * (hours * 60 + minutes)
    }
}
