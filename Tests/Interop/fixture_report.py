#!/usr/bin/env python3
"""Report how NewsGraph reads the hard test articles in Tests/Fixtures/articles.

This is a report, not a test: it prints what ArticleGraphTests asserts in bulk (actors found, split into
two nodes, mistyped, junk nodes), article by article, with the names, so that a change can be judged on
the fixtures before the test's thresholds are reached. It never fails on low scores.

Usage:
    python3 Tests/Interop/fixture_report.py [--binary PATH] [--tagger on|off] [--dir DIR] [--extra]

  --binary PATH  the newsgraph executable (default: .build/release/newsgraph, else .build/debug/newsgraph).
  --tagger       on (default) or off, passed to `newsgraph build`.
  --dir DIR      the folder of articles with their .expected.tsv and .junk (default: Tests/Fixtures/articles).
  --extra        also list the nodes no expected actor matched (incidents left out).
"""
import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
# The family an expected type asks for, as the GraphML `labels` key spells the node's lineage.
FAMILY = {"City": "Place", "Region": "Place"}


def nodes_of(binary, article, tagger):
    """(id, label, aliases, type, labels) of every node of the article's graph."""
    result = subprocess.run([binary, "build", article, "--format", "graphml", "--tagger", tagger],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{article}: newsgraph failed: {result.stderr.strip()}")
    nodes = []
    for node in ET.fromstring(result.stdout).iter(GRAPHML + "node"):
        data = {d.get("key"): d.text or "" for d in node}
        aliases = [a for a in data.get("n_aliases", "").split("|") if a]
        nodes.append((node.get("id"), data.get("n_label", ""), aliases, data.get("n_type", ""), data.get("n_labels", "")))
    return nodes


def expected_of(base):
    """(type, name, forms) of each actor of the answer key."""
    rows = []
    with open(base + ".expected.tsv", encoding="utf-8") as file:
        for line in file.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            forms = {fields[1]} | ({f for f in fields[2].split("|") if f} if len(fields) > 2 else set())
            rows.append((fields[0], fields[1], forms))
    return rows


def add_common_arguments(parser):
    """The options every fixture report takes: --binary, --tagger and --dir."""
    parser.add_argument("--binary")
    parser.add_argument("--tagger", choices=["on", "off"], default="on")
    parser.add_argument("--dir", default=os.path.join(ROOT, "Tests", "Fixtures", "articles"))


def newsgraph_binary(given):
    """The newsgraph executable: `given`, else the release build, else the debug build; exits when there is none."""
    if given is not None:
        return given
    for kind in ("release", "debug"):
        candidate = os.path.join(ROOT, ".build", kind, "newsgraph")
        if os.path.exists(candidate):
            return candidate
    sys.exit("no newsgraph binary: run `swift build -c release` or pass --binary")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    parser.add_argument("--extra", action="store_true")
    args = parser.parse_args()
    binary = newsgraph_binary(args.binary)

    articles = sorted(f for f in os.listdir(args.dir) if f.endswith((".txt", ".html")))
    totals = {"expected": 0, "found": 0, "split": 0, "mistyped": 0, "junk": 0, "extra": 0}
    for name in articles:
        base = os.path.join(args.dir, os.path.splitext(name)[0])
        nodes = nodes_of(binary, os.path.join(args.dir, name), args.tagger)
        with open(base + ".junk", encoding="utf-8") as file:
            junk = {line for line in file.read().split("\n") if line}
        matched = set()
        lines = []
        expected = expected_of(base)
        found = 0
        for kind, actor, forms in expected:
            matches = [n for n in nodes if forms & ({n[1]} | set(n[2]))]
            if not matches:
                lines.append(f"  missing   {actor} ({kind})")
                continue
            found += 1
            matched.update(n[0] for n in matches)
            if len(matches) > 1:
                totals["split"] += 1
                lines.append(f"  split     {actor}: {', '.join(n[0] for n in matches)}")
            family = FAMILY.get(kind, kind)
            if family not in matches[0][4].split(":") and matches[0][3] != family:
                totals["mistyped"] += 1
                lines.append(f"  mistyped  {actor}: {matches[0][3]}, expected {kind}")
        for node in nodes:
            if node[1] in junk:
                totals["junk"] += 1
                lines.append(f"  junk      {node[1]} ({node[3]})")
            elif node[0] not in matched and not node[0].startswith("incident/"):
                totals["extra"] += 1
                if args.extra:
                    lines.append(f"  extra     {node[1]} ({node[3]})")
        totals["expected"] += len(expected)
        totals["found"] += found
        print(f"{name}: {found} of {len(expected)}")
        for line in lines:
            print(line)
    print(f"all {len(articles)} articles, tagger {args.tagger}: {totals['found']} of {totals['expected']} actors found, "
          f"{totals['split']} split, {totals['mistyped']} mistyped, {totals['junk']} junk nodes, "
          f"{totals['extra']} other nodes no key lists (--extra lists them)")


if __name__ == "__main__":
    main()
