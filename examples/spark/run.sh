#!/usr/bin/env bash
# `make spark-demo`: PySpark in a virtual environment beside this script (installed once from
# PyPI), a release build of declutter, then the demo. Needs Java 17 or later for Spark.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=examples/spark/.venv
if ! command -v java >/dev/null; then
    echo "spark-demo needs Java 17+: apt-get install -y openjdk-17-jre-headless" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
    echo "spark-demo: installing PySpark into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet pyspark
fi
swift build -c release --product declutter
"$VENV/bin/python" examples/spark/spark_demo.py --declutter .build/release/declutter "$@"
