"""Cleans a folder of pages with Spark and checks the result against declutter's folder mode.

Reads every file below --input as one record (SparkContext.binaryFiles), turns each into a
JSON line {"id": relative path, "text" or "html": page}, pipes the records through
`declutter --jsonl` with RDD.pipe in local mode, writes the cleaned records as JSON Lines, then
runs `declutter -o` on the same folder and checks that every record's title and text render to
exactly the file the folder mode wrote (and that failed records have no file).
"""

import argparse
import base64
import json
import os
import shlex
import subprocess
import sys

from pyspark import SparkConf, SparkContext

# Extensions read as HTML; everything else is sent as a text dump.
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


def output_name(relative):
    """The folder mode's output path for an input path: `.gz` dropped, extension -> `.txt`."""
    folder, name = os.path.split(relative)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, _ = os.path.splitext(name)
    return os.path.join(folder, (stem or name) + ".txt")


def render(record):
    """The single-page text output for a cleaned record: headline, blank line, body, newline."""
    parts = [part for part in (record.get("title") or "", record.get("text") or "") if part]
    return "\n\n".join(parts) + "\n" if parts else ""


def to_record(root):
    """A file's raw bytes as a record: base64 keeps pages in legacy encodings byte for byte."""
    def convert(pair):
        uri, page = pair
        path = uri[len("file:"):] if uri.startswith("file:") else uri
        relative = os.path.relpath(path, root)
        kind = "html" if relative.lower().endswith(HTML_EXTENSIONS) else "text"
        payload = base64.b64encode(bytes(page)).decode("ascii")
        return json.dumps({"id": relative, kind + "_base64": payload, "bytes": len(page)})
    return convert


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default="Fixtures/seeds/input", help="folder of pages")
    parser.add_argument("--declutter", default=".build/release/declutter", help="the declutter binary")
    parser.add_argument("--out", default="out/spark-demo", help="where the results go")
    parser.add_argument("--partitions", type=int, default=4, help="Spark partitions (one declutter each)")
    args = parser.parse_args()

    root = os.path.realpath(args.input)
    declutter = os.path.realpath(args.declutter)
    os.makedirs(args.out, exist_ok=True)
    articles_path = os.path.join(args.out, "articles.jsonl")
    folder_out = os.path.join(args.out, "folder")

    conf = (SparkConf().setMaster("local[2]").setAppName("declutter-spark-demo")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    try:
        pages = sc.binaryFiles(root, minPartitions=args.partitions)
        cleaned = pages.map(to_record(root)).pipe(shlex.join([declutter, "--jsonl", "-j", "1"]))
        records = sorted((json.loads(line) for line in cleaned.collect()), key=lambda r: str(r.get("id")))
    finally:
        sc.stop()

    with open(articles_path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    folder = subprocess.run([declutter, "-o", folder_out, root], capture_output=True, text=True)
    mismatches = 0
    for record in records:
        expected_path = os.path.join(folder_out, output_name(record["id"]))
        if "error" in record:
            if os.path.exists(expected_path):
                print(f"{record['id']}: failed in Spark ({record['error']}) but the folder mode wrote it")
                mismatches += 1
            continue
        with open(expected_path, encoding="utf-8") as expected:
            if expected.read() != render(record):
                print(f"{record['id']}: Spark and folder outputs differ")
                mismatches += 1

    failed = sum(1 for record in records if "error" in record)
    print(f"spark-demo: {len(records)} pages through RDD.pipe ({failed} failed) -> {articles_path}")
    print(f"spark-demo: folder mode -> {folder_out} ({folder.stderr.strip().splitlines()[-1]})")
    if mismatches:
        print(f"spark-demo: {mismatches} pages differ")
        return 1
    print("spark-demo: every page matches the folder mode output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
