#!/usr/bin/env python3
"""Sanity checks for the hand-made HTML fixtures (Fixtures/html/input + expected).

Run from anywhere:  python3 Fixtures/html/check_fixtures.py

For every input/NAME.html it checks that expected/NAME.txt exists and that:
  - the file is valid UTF-8, ends with exactly one "\n" (or is empty), has no "\r", no tab,
    no NBSP, no trailing or leading spaces on a line and no run of 3+ newlines;
  - paragraphs are separated by exactly one blank line (no single-newline joins);
  - every expected paragraph is, byte for byte, the text of one rendered block of the page
    (block-level elements and <br> split blocks; whitespace collapsed like a browser does);
    a paragraph that is only a substring of the page's visible text is reported as a warning;
  - the first line (the headline) equals the page's og:title;
  - the input decodes in the charset it declares (UTF-8 when it declares none).
It exits non-zero when any check fails.
"""
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "select", "textarea"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "button", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "html", "label", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "img",
    "input", "option", "caption",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
WS = re.compile(r"[ \t\n\r\f]+")  # ASCII whitespace only: NBSP is not collapsed by browsers


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.stack = []
        self.cur = []
        self.blocks = []
        self.visible = []
        self.og_title = None

    def flush(self):
        text = WS.sub(" ", "".join(self.cur)).strip(" ")
        if text:
            self.blocks.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property") == "og:title":
            self.og_title = a.get("content")
        if tag in SKIP:
            if tag not in VOID:
                self.skip += 1
            return
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        self.cur.append(data)
        self.visible.append(data)


def declared_charset(raw: bytes):
    head = raw[:2048].decode("ascii", "replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", head, re.I)
    return m.group(1).lower() if m else None


def check(name: str, raw: bytes, exp_bytes: bytes):
    errors, warnings = [], []
    cs = declared_charset(raw)
    if cs is None:
        warnings.append("no declared charset: the bytes must be valid UTF-8")
        cs = "utf-8"
    try:
        page = raw.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        errors.append(f"input does not decode as declared {cs}: {e}")
        page = raw.decode(cs, "replace")
    try:
        exp = exp_bytes.decode("utf-8")
    except UnicodeDecodeError:
        return [f"expected is not UTF-8"], warnings
    p = Blocks()
    p.feed(page)
    p.close()
    p.flush()
    if exp == "":
        return errors, warnings + ["empty expected (no-article page)"]
    if not exp.endswith("\n") or exp.endswith("\n\n"):
        errors.append("must end with exactly one newline")
    for bad, label in (("\r", "CR"), ("\t", "tab"), ("\u00a0", "NBSP"), ("\n\n\n", "3+ newlines")):
        if bad in exp:
            errors.append(f"contains {label}")
    paras = exp[:-1].split("\n\n")
    for para in paras:
        if "\n" in para:
            errors.append(f"single newline inside a paragraph: {para[:60]!r}")
        if para != para.strip(" ") or "  " in para:
            errors.append(f"stray spaces: {para[:60]!r}")
        if not para:
            errors.append("empty paragraph")
    blockset = set(p.blocks)
    visible = WS.sub(" ", "".join(p.visible))
    for para in paras:
        if para in blockset:
            continue
        if para in visible:
            warnings.append(f"only a substring of visible text, not a whole block: {para[:70]!r}")
        else:
            errors.append(f"not in the page's visible text: {para[:70]!r}")
    if p.og_title is not None and html.unescape(p.og_title) != paras[0]:
        errors.append(f"headline {paras[0]!r} != og:title {p.og_title!r}")
    if len(paras) != len(set(paras)):
        warnings.append("a paragraph is repeated")
    words = sum(len(x.split()) for x in paras[1:])
    return errors, warnings + [f"{len(paras) - 1} body paragraphs, {words} words (whitespace-split), charset {cs}"]


def main():
    inputs = sorted((ROOT / "input").glob("*.html"))
    failed = 0
    for path in inputs:
        exp_path = ROOT / "expected" / (path.stem + ".txt")
        if not exp_path.exists():
            print(f"FAIL {path.name}: no expected file")
            failed += 1
            continue
        errors, warnings = check(path.stem, path.read_bytes(), exp_path.read_bytes())
        status = "FAIL" if errors else "ok  "
        print(f"{status} {path.name}")
        for e in errors:
            print(f"     error: {e}")
        for w in warnings:
            print(f"     note:  {w}")
        failed += bool(errors)
    extra = {p.stem for p in (ROOT / "expected").glob("*.txt")} - {p.stem for p in inputs}
    for stem in sorted(extra):
        print(f"FAIL expected/{stem}.txt has no input")
        failed += 1
    print(f"{len(inputs)} fixtures, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
