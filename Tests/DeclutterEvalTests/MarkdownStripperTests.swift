import DeclutterEvalKit
import XCTest

/// Markdown back to plain text for scoring: markup goes, every word of the text stays.
final class MarkdownStripperTests: XCTestCase {
    func testMarkupGoesWordsStay() {
        let markdown = """
            # Title \\*here\\*

            ## Section

            - item [one](https://example.com/x) with **bold**
                - nested `code`
            12. twelve

            > quoted
            >
            > more

            | A | B\\|C |
            | --- | --- |
            | 1 | 2 |

            ```
            let x = *y*
            # not a heading
            ```

            1\\. escaped, snake_case and \\_under\\_
            """
        XCTAssertEqual(MarkdownStripper.plainText(markdown), """
            Title *here*

            Section

            item one with bold
            nested code
            12 twelve

            quoted

            more

            A B|C
            1 2

            let x = *y*
            # not a heading

            1. escaped, snake_case and _under_
            """)
    }
}
