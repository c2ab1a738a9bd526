#!/bin/sh
# Peak memory and time of the release `declutter` on large and hostile inputs, generated here
# (nothing large is committed). Usage: scripts/bench-memory.sh BINARY WORKDIR
# Prints one row per case: input size, wall time, peak resident set size (from GNU time), and
# peak RSS over input size.
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
    attribute-10mb.html) printf '<html><body><div class="'; head -c $((10 * MB)) /dev/zero | tr '\0' a; printf '">%s</div></body></html>' "$ARTICLE" ;;
    esac > "$WORK/$name.tmp"
    mv "$WORK/$name.tmp" "$WORK/$name"
}

printf '%-20s %10s %9s %8s %12s %7s  %s\n' case input_MB seconds status peak_RSS_MB RSS/in note
run() {
    name=$1; shift
    generate "$name"
    size=$(wc -c < "$WORK/$name")
    status=0
    "$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" "$@" "$WORK/$name" > "$WORK/out.txt" 2> "$WORK/err.txt" || status=$?
    read -r seconds kilobytes < "$WORK/time.txt"
    note=$(grep -v '^Command exited' "$WORK/err.txt" | head -n 1 | cut -c 1-90 || true)
    [ -z "$note" ] && note="$(wc -c < "$WORK/out.txt") bytes out"
    awk -v n="$name" -v s="$size" -v t="$seconds" -v k="$kilobytes" -v st="$status" -v note="$note" \
        'BEGIN { printf "%-20s %10.1f %9s %8s %12.1f %7.1f  %s\n", n, s / 1e6, t, st, k / 1024, (k * 1024) / s, note }'
}

run line-50mb.txt
run html-50mb.html --max-bytes 100000000
run html-200mb.html
run html-200mb.html --max-bytes 300000000
run siblings-1m.html
run nesting-100k.html
run inline-20k.html
run paragraphs-1m.html
run attribute-10mb.html
