#!/bin/sh
# Peak memory and time of the release `declutter` on large and hostile inputs, generated here
# (nothing large is committed). Usage: scripts/bench-memory.sh BINARY WORKDIR
# Prints one row per case: input size, wall time, exit status, peak resident set size (from GNU
# time), and the peak above the baseline (a tiny page) per byte of input.
set -eu
BIN=$1
WORK=$2
TIME=/usr/bin/time
mkdir -p "$WORK"

SENTENCE='The city council voted on Tuesday to approve a new budget that increases funding for public transport, parks and libraries across all districts of the city.'
ARTICLE="<article><h1>Budget approved</h1><p>$SENTENCE</p><p>$SENTENCE</p><p>$SENTENCE</p></article>"
MB=1000000

# repeat TEXT COUNT: TEXT written COUNT times, without newlines.
repeat() { yes "$1" | head -n "$2" | tr -d '\n'; }

generate() {
    name=$1
    [ -s "$WORK/$name" ] && return 0
    echo "generating $name" >&2
    case $name in
    line-50mb.txt)      yes "$SENTENCE" | head -c $((50 * MB)) | tr '\n' ' ' ;;
    html-50mb.html)     printf '<html><body>%s' "$ARTICLE"; yes "<p>$SENTENCE</p>" | head -c $((50 * MB)) | tr -d '\n'; printf '</body></html>' ;;
    html-200mb.html)    printf '<html><body>%s' "$ARTICLE"; yes "<p>$SENTENCE</p>" | head -c $((200 * MB)) | tr -d '\n'; printf '</body></html>' ;;
    siblings-1m.html)   printf '<html><body>%s' "$ARTICLE"; repeat '<span>x</span>' 1000000; printf '</body></html>' ;;
    nesting-100k.html)  printf '<html><body>'; repeat '<div>' 100000; printf '%s' "$ARTICLE"; repeat '</div>' 100000; printf '</body></html>' ;;
    inline-20k.html)    printf '<html><body><h1>Budget approved</h1><p>'; repeat '<b><i>' 20000; printf '%s' "$SENTENCE"; repeat '</i></b>' 20000; printf '</p><p>%s</p></body></html>' "$SENTENCE" ;;
    paragraphs-1m.html) printf '<html><body>'; repeat '<p>word</p>' 1000000; printf '</body></html>' ;;
    attributes-100k.html) printf '<html><body><div'; seq 100000 | sed 's/^/ a/; s/$/=1/' | tr -d '\n'; printf '>%s</div></body></html>' "$ARTICLE" ;;
    endtags-25k.html)   printf '<html><body>%s' "$ARTICLE"; repeat '<div>' 25000; repeat '</span>' 25000; printf '</body></html>' ;;
    endtags-50k.html)   printf '<html><body>%s' "$ARTICLE"; repeat '<div>' 50000; repeat '</span>' 50000; printf '</body></html>' ;;
    tiny.html)          printf '<html><body>%s</body></html>' "$ARTICLE" ;;
    attribute-10mb.html) printf '<html><body><div class="'; head -c $((10 * MB)) /dev/zero | tr '\0' a; printf '">%s</div></body></html>' "$ARTICLE" ;;
    esac > "$WORK/$name.tmp"
    mv "$WORK/$name.tmp" "$WORK/$name"
}

printf '%-20s %10s %9s %7s %12s %9s  %s\n' case input_MB seconds status peak_RSS_MB extra/in note
BASELINE_KB=0
run() {
    name=$1; shift
    generate "$name"
    size=$(wc -c < "$WORK/$name")
    status=0
    "$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" "$@" "$WORK/$name" > "$WORK/out.txt" 2> "$WORK/err.txt" || status=$?
    # GNU time puts "Command exited with non-zero status N" first when the command fails.
    read -r seconds kilobytes <<EOF2
$(tail -n 1 "$WORK/time.txt")
EOF2
    [ "$BASELINE_KB" = 0 ] && BASELINE_KB=$kilobytes
    note=$(grep -v '^Command exited' "$WORK/err.txt" | head -n 1 | cut -c 1-140 || true)
    [ -z "$note" ] && note="$(wc -c < "$WORK/out.txt") bytes out"
    awk -v n="$name" -v s="$size" -v t="$seconds" -v k="$kilobytes" -v b="$BASELINE_KB" -v st="$status" -v note="$note" \
        'BEGIN { printf "%-20s %10.1f %9s %7s %12.1f %9.1f  %s\n", n, s / 1e6, t, st, k / 1024, (k > b ? (k - b) * 1024 / s : 0), note }'
}

# The first row is the baseline: the cost of the process itself on a small page.
run tiny.html

run line-50mb.txt
run html-50mb.html --max-bytes 100000000
run html-200mb.html
run html-200mb.html --max-bytes 300000000
run siblings-1m.html
run nesting-100k.html
run inline-20k.html
run paragraphs-1m.html
run attribute-10mb.html
run attributes-100k.html
# Known limit: libxml2 2.9 scans its whole open-element stack for each end tag that matches
# nothing, so deep nesting followed by stray end tags costs the square of their number.
run endtags-25k.html
run endtags-50k.html
