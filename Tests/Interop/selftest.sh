#!/usr/bin/env bash
# Self-test for check_exports.py: hand-written valid files must pass, hand-written
# invalid ones must fail with the expected complaint.  Run by hand:
#     bash Tests/Interop/selftest.sh
set -u
here="$(cd "$(dirname "$0")" && pwd)"
checker="$here/check_exports.py"
st="$here/selftest"
names="$st/names.json"
fails=0
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# expect_pass [--names] FILE...
expect_pass() {
    local args=()
    if [ "$1" = "--names" ]; then args=(--names "$names"); shift; fi
    if python3 "$checker" "${args[@]}" "$@" >"$out" 2>&1 && grep -q "files OK" "$out"; then
        echo "ok   pass: $* ${args[*]:+(with names)}"
    else
        echo "FAIL expected pass: $*"; sed 's/^/       /' "$out"; fails=$((fails + 1))
    fi
}

# expect_fail [--names] FILE 'substring the output must contain'
expect_fail() {
    local args=()
    if [ "$1" = "--names" ]; then args=(--names "$names"); shift; fi
    local file="$1" want="$2" rc=0
    python3 "$checker" "${args[@]}" "$file" >"$out" 2>&1 || rc=$?
    if [ "$rc" -eq 1 ] && grep -qF -- "$want" "$out"; then
        echo "ok   fail: $(basename "$file") -> $want"
    else
        echo "FAIL expected exit 1 mentioning '$want' for $(basename "$file") (got exit $rc):"
        sed 's/^/       /' "$out"; fails=$((fails + 1))
    fi
}

# Valid files, alone and together, with and without the names check.
expect_pass "$st/valid.dot"
expect_pass "$st/valid.graphml"
expect_pass "$st/valid.jsonld"
expect_pass --names "$st/valid.dot" "$st/valid.graphml" "$st/valid.jsonld"

# DOT
expect_fail "$st/bad-warning.dot"            'stderr: Warning: using box for unknown shape hexagonal'
expect_fail "$st/bad-warning.dot"            'stderr: Warning: notacolor is not a known color.'
expect_fail "$st/bad-syntax.dot"             'exited with status 1'
expect_fail "$st/bad-sfdp-ortho.dot"         '`sfdp -Goverlap=prism -Tsvg -o /dev/null` was killed by SIGABRT'
expect_fail --names "$st/bad-mangled.dot"    "missing or mangled in DOT node labels (closest match 'Zoë \"Q\" <&>  backslash')"

# GraphML
expect_fail "$st/bad-keytype.graphml"        "attr.type='date'"
expect_fail "$st/bad-attrs.graphml"          "attribute 'uid' is missing"
expect_fail "$st/bad-attrs.graphml"          "does not start with ':'"
expect_fail "$st/bad-attrs.graphml"          "attribute 'relation' is missing"
expect_fail "$st/bad-attrs.graphml"          "attribute 'confidence' is str, expected a float"
expect_fail "$st/bad-attrs.graphml"          "duplicate node id 'n1'"
expect_fail "$st/bad-attrs.graphml"          "node 'n9': attribute 'label' is missing"
expect_fail "$st/bad-names.graphml"          "confidence 1.5 outside 0..1"
expect_fail --names "$st/bad-names.graphml"  "closest match 'Zoë &quot;Q&quot; &lt;&amp;&gt; \\\\ back\\\\slash'"
expect_fail --names "$st/bad-names.graphml"  "name 'Baku' missing or mangled in GraphML"

# JSON-LD
expect_fail "$st/bad-json.jsonld"                 "not valid UTF-8 JSON"
expect_fail "$st/bad-remote-context.jsonld"       "\$.@context is not inline ('https://schema.org/')"
expect_fail "$st/bad-remote-context-list.jsonld"  "is not inline ('https://newsgraph.dev/context.jsonld')"
expect_fail "$st/bad-untyped.jsonld"              "sputnik-azerbaijan has a name/label but no rdf:type"
expect_fail "$st/bad-untyped.jsonld"              "person/zoe has a name/label but no rdf:type"
expect_fail "$st/bad-unmapped.jsonld"             "rdflib produced 0 triples"
expect_fail "$st/bad-relative-id.jsonld"          "relative IRI resolved against the file location"
expect_fail "$st/bad-https-schema.jsonld"         "uses https://schema.org/"
expect_fail --names "$st/bad-names.jsonld"        "closest match 'Sputnik Azerbaijan ')"
expect_fail --names "$st/bad-names.jsonld"        "closest match 'Zoë \"Q\" <&> back\\\\slash')"

# Usage errors
rc=0; python3 "$checker" "$st/names.json" >"$out" 2>&1 || rc=$?
if [ "$rc" -eq 1 ] && grep -q "unknown extension" "$out"; then echo "ok   fail: unknown extension"
else echo "FAIL unknown extension not rejected (exit $rc)"; cat "$out"; fails=$((fails + 1)); fi

if [ "$fails" -eq 0 ]; then
    echo "selftest: all checks behaved as expected"
else
    echo "selftest: $fails unexpected result(s)"; exit 1
fi
