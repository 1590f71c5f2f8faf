#!/usr/bin/env bash
# Regenerates Exports/ from the sample corpus in Examples/articles: the graph in DOT, JSON-LD and GraphML,
# and an SVG drawn by Graphviz. Run from anywhere:  bash Exports/update.sh
# The text formats are checked byte for byte by the tests (ExportsAreCurrentTests); the SVG depends on
# the Graphviz version and is only regenerated.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product newsgraph >/dev/null
bin="$(swift build --show-bin-path)/newsgraph"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$bin" build Examples/articles --output-dir "$tmp" --quiet
for format in dot jsonld graphml; do
    mv "$tmp/graph.$format" "Exports/sample-corpus.$format"
done
# sfdp lays a relationship map out more compactly than dot; both render the file without warnings.
sfdp -Goverlap=prism -Tsvg Exports/sample-corpus.dot -o "$tmp/sample-corpus.svg"
mv "$tmp/sample-corpus.svg" Exports/sample-corpus.svg
echo "Exports/ updated: $(ls Exports | tr '\n' ' ')"
