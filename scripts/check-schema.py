#!/usr/bin/env python3
"""Checks docs/article.schema.json with the reference `jsonschema` package (pip install
jsonschema) and validates every Fixtures/structured/expected/*.json against it, or the JSON files
given as arguments. The Swift test suite has its own validator and does not need this script."""
import glob
import json
import os
import sys

import jsonschema

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schema = json.load(open(os.path.join(root, "docs", "article.schema.json")))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
files = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "Fixtures", "structured", "expected", "*.json")))
failed = 0
for path in files:
    errors = list(validator.iter_errors(json.load(open(path))))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed += bool(errors)
print(f"{len(files)} files, {failed} invalid")
sys.exit(1 if failed else 0)
