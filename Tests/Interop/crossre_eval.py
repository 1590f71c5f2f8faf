#!/usr/bin/env python3
"""Evaluate NewsGraph's relation extraction against CrossRE (news domain).

This is an evaluation script, not a unit test: it prints numbers to be quoted,
it never fails on low scores.

Usage:
    python3 Tests/Interop/crossre_eval.py [--data DIR] [--split NAME]... [--binary PATH]
                                          [--mapping TSV] [--keep DIR] [--examples N]

  --data DIR     folder holding CrossRE (either the `crossre` folder itself or its parent;
                 default: ../shared/data relative to the repository root).
  --split NAME   which file(s) to evaluate, repeatable. "crossre_data/news-dev" names one
                 file; a bare "news-dev" means crossre_data/news-dev AND
                 crossre_extension/news-dev (each reported separately).
                 Default: news-dev.
  --binary PATH  the newsgraph executable (default: .build/debug/newsgraph in the repo).
  --mapping TSV  ours<TAB>crossre mapping (default: crossre-mapping.tsv next to this script).
  --keep DIR     keep the generated corpus and GraphML in DIR (default: a temp dir, removed).
  --examples N   print up to N examples of found / wrongly typed relations (default 0).

Method
  * Every CrossRE sentence becomes one document: id = doc_key, text = tokens joined by
    single spaces. newsgraph is run once per split:
        newsgraph build CORPUS.jsonl -f graphml --co-mentions none -o OUT.graphml
  * Node mentions (node `evidence`: document, start, end) are mapped to gold entities
    whose character span overlaps them.
  * A gold relation (e1, e2, type) is
      - "covered" when both entities overlap some node mention in that sentence
        (two different mentions/nodes are not required; see `covered` in the code),
      - "found (any)" when an edge other than mentionedWith, in either direction, has an
        evidence entry for that document, and its two end nodes have mentions in that
        document overlapping e1 and e2 respectively,
      - "found (typed)" when additionally the edge relation maps to `type` in the mapping.
  * Precision: every (typed edge, document) pair whose two ends overlap two distinct gold
    entities of that sentence is a "scored" prediction; it is correct (any) if some gold
    relation links those entities, correct (typed) if one of those gold relations has a
    type the edge relation maps to. Edges whose ends do not both hit gold entities are
    counted separately ("unscorable"): CrossRE does not annotate every entity, so they
    are neither right nor wrong.
  * Sanity checks on NewsGraph's output (offsets inside the text, mention text equal to
    the node label or an alias, edge evidence equal to its `sentence`) are reported.

Python 3 standard library + networkx only. Output is deterministic.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
IGNORED_RELATIONS = {"mentionedWith"}


# --------------------------------------------------------------------------
# inputs

def resolve_data_dir(path):
    if os.path.isdir(os.path.join(path, "crossre")):
        return os.path.join(path, "crossre")
    return path


def resolve_splits(data_dir, names):
    out = []
    for name in names:
        name = name[:-5] if name.endswith(".json") else name
        if "/" in name:
            candidates = [name]
        else:
            candidates = ["crossre_data/" + name, "crossre_extension/" + name]
        found = False
        for c in candidates:
            p = os.path.join(data_dir, c + ".json")
            if os.path.isfile(p):
                if c not in [s for s, _ in out]:
                    out.append((c, p))
                found = True
        if not found:
            sys.exit("crossre_eval: no CrossRE file for split %r under %s" % (name, data_dir))
    return out


def load_mapping(path):
    mapping = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0] or not cols[1]:
                sys.exit("crossre_eval: %s:%d: expected ours<TAB>crossre" % (path, lineno))
            mapping[cols[0].strip()].add(cols[1].strip())
    return mapping


def load_crossre(path):
    """-> list of sentence dicts with text, token char spans, entities, relations."""
    sents = []
    seen = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            doc_id = d["doc_key"]
            if doc_id in seen:  # not the case in the released files, but stay safe
                doc_id = "%s#%d" % (doc_id, len(sents))
            seen.add(doc_id)
            tokens = d["sentence"]
            spans, pos = [], 0
            for t in tokens:
                spans.append((pos, pos + len(t)))
                pos += len(t) + 1
            text = " ".join(tokens)
            ents = {}
            for s, e, typ in d["ner"]:
                ents[(s, e)] = {"tok": (s, e), "type": typ,
                                "char": (spans[s][0], spans[e][1]),
                                "text": " ".join(tokens[s:e + 1])}
            rels = []
            for r in d["relations"]:
                s1, e1, s2, e2, typ = r[:5]
                for key in ((s1, e1), (s2, e2)):
                    if key not in ents:  # relation argument without NER entry
                        ents[key] = {"tok": key, "type": "?",
                                     "char": (spans[key[0]][0], spans[key[1]][1]),
                                     "text": " ".join(tokens[key[0]:key[1] + 1])}
                rels.append(((s1, e1), (s2, e2), typ))
            sents.append({"id": doc_id, "text": text, "spans": spans,
                          "ents": ents, "rels": rels})
    return sents


# --------------------------------------------------------------------------
# running NewsGraph

def run_newsgraph(binary, sents, workdir, stem):
    corpus = os.path.join(workdir, stem + ".jsonl")
    out = os.path.join(workdir, stem + ".graphml")
    with open(corpus, "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps({"id": s["id"], "text": s["text"]}, ensure_ascii=False) + "\n")
    cmd = [binary, "build", corpus, "-f", "graphml", "--co-mentions", "none", "-q", "-o", out]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if proc.returncode != 0:
        sys.exit("crossre_eval: %s failed (%d):\n%s" % (" ".join(cmd), proc.returncode,
                                                          proc.stderr))
    return nx.MultiDiGraph(nx.read_graphml(out, force_multigraph=True))


def truncated_items(g):
    """Nodes/edges whose exported evidence was capped (KnowledgeGraph.Limits.evidencePerItem = 20):
    `mentions` (nodes) or `count` (edges) larger than the evidence array."""
    bad = []
    for n, d in g.nodes(data=True):
        ev = parse_evidence(d.get("evidence", "")) or []
        if int(d.get("mentions", len(ev))) > len(ev):
            bad.append(n)
    for u, v, k, d in g.edges(keys=True, data=True):
        ev = parse_evidence(d.get("evidence", "")) or []
        if int(d.get("count", len(ev))) > len(ev):
            bad.append("%s -%s-> %s" % (u, d.get("relation"), v))
    return sorted(bad)


def build_graphs(binary, sents, workdir, stem, single_run):
    """Run newsgraph on all sentences at once. NewsGraph keeps at most 20 evidence entries per node
    and per edge, so a frequent entity (e.g. U.S.) loses most of its mentions; unless single_run,
    the corpus is then split in halves, recursively, until no graph is truncated, and the graphs
    of the parts are evaluated together. Returns (graphs, info)."""
    g = run_newsgraph(binary, sents, workdir, stem)
    first = truncated_items(g)
    info = {"truncated_single_run": first, "runs": 1, "truncated_left": []}
    if single_run or not first:
        return [g], info
    graphs, queue, n = [], [sents[: len(sents) // 2], sents[len(sents) // 2:]], 0
    while queue:
        part = queue.pop(0)
        n += 1
        pg = run_newsgraph(binary, part, workdir, "%s.part%d" % (stem, n))
        bad = truncated_items(pg)
        if bad and len(part) > 1:
            queue[:0] = [part[: len(part) // 2], part[len(part) // 2:]]
            continue
        info["truncated_left"] += bad
        graphs.append(pg)
    info["runs"] = 1 + n
    return graphs, info



def evidence_entries(ev, by_id, problems, problem, owner):
    """Yields (document, text, start, end, entry, in_range) for the evidence entries of known documents,
    recording under `problem` those whose offsets fall outside the document's text."""
    for e in ev:
        doc = e.get("document")
        if doc not in by_id:
            continue
        text = by_id[doc]["text"]
        st, en = e.get("start"), e.get("end")
        in_range = isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)
        if not in_range:
            problems[problem].append("%s %s [%r,%r) len=%d" % (owner, doc, st, en, len(text)))
        yield doc, text, st, en, e, in_range

def parse_evidence(value):
    if not value:
        return []
    try:
        ev = json.loads(value)
    except ValueError:
        return None
    return ev if isinstance(ev, list) else None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


# --------------------------------------------------------------------------
# evaluation

def evaluate(sents, graphs, mapping, examples):
    by_id = {s["id"]: s for s in sents}
    problems = collections.defaultdict(list)   # sanity-check kind -> examples
    notes = collections.defaultdict(list)      # expected deviations, reported as counts only

    # node mentions per document: doc -> node -> [(start, end)]
    mentions = collections.defaultdict(lambda: collections.defaultdict(list))
    node_items = sorted(((n, d) for g in graphs for n, d in g.nodes(data=True)), key=lambda x: x[0])
    for n, data in node_items:
        ev = parse_evidence(data.get("evidence", ""))
        if ev is None:
            problems["node evidence is not a JSON array"].append(n)
            continue
        names = {data.get("label", "").lower()}
        names |= {a.lower() for a in data.get("aliases", "").split("|") if a}
        for doc, text, st, en, e, in_range in evidence_entries(ev, by_id, problems, "node mention offsets outside the text", n):
            if not in_range:
                continue
            surface = text[st:en]
            if surface.lower() not in names:
                # by design: demonyms ("Armenians" for Armenia), incident triggers ("crash")
                kind = ("incident mention is its trigger word" if n.startswith("incident/") else
                        "mention is another form (demonym) of a %s" % data.get("type")
                        if data.get("type") in ("Country", "Region") else None)
                if kind:
                    notes[kind].append("%s %r" % (n, surface))
                else:
                    problems["node mention text is neither label nor alias"].append(
                        "%s %s [%d,%d) %r label=%r" % (n, doc, st, en, surface, data.get("label")))
            sent = e.get("sentence")
            if sent and sent not in text:
                problems["node evidence sentence not in document text"].append(
                    "%s %s %r" % (n, doc, sent))
            elif sent:
                i = text.find(sent)
                if not (i <= st and en <= i + len(sent)) and text.count(sent) == 1:
                    problems["node mention outside its evidence sentence"].append(
                        "%s %s [%d,%d) sentence at [%d,%d)" % (n, doc, st, en, i, i + len(sent)))
            mentions[doc][n].append((st, en))

    # entity -> nodes overlapping it, per document
    def nodes_for(doc, ent):
        span = by_id[doc]["ents"][ent]["char"]
        return {n for n, ms in mentions[doc].items() if any(overlaps(m, span) for m in ms)}

    ent_nodes = {}
    for s in sents:
        for key in s["ents"]:
            ent_nodes[(s["id"], key)] = nodes_for(s["id"], key)

    # edges per document: doc -> list of (u, v, relation)
    edge_docs = collections.defaultdict(list)
    rel_counts = collections.Counter()
    ignored_edges = collections.Counter()
    edge_items = sorted(((u, v, k, d) for g in graphs for u, v, k, d in g.edges(keys=True, data=True)),
                        key=lambda x: (x[0], x[1], x[3].get("relation", ""), x[3].get("evidence", "")))
    for u, v, k, data in edge_items:
        rel = data.get("relation", "")
        ev = parse_evidence(data.get("evidence", ""))
        if ev is None:
            problems["edge evidence is not a JSON array"].append("%s -%s-> %s" % (u, rel, v))
            continue
        docs = []
        for doc, text, st, en, e, in_range in evidence_entries(ev, by_id, problems, "edge evidence offsets outside the text",
                                                               "%s -%s-> %s" % (u, rel, v)):
            if in_range and e.get("sentence") and text[st:en] != e["sentence"]:
                i = text.find(e["sentence"])
                if i >= 0 and i <= st and en <= i + len(e["sentence"]):
                    # incident edges point at the trigger word inside the sentence
                    notes["edge evidence span is a part of its sentence (%s)" % (
                        "incident trigger" if u.startswith("incident/") or v.startswith("incident/")
                        else "not an incident edge!")].append("%s %r" % (rel, text[st:en]))
                else:
                    problems["edge evidence offsets do not match its sentence"].append(
                        "%s -%s-> %s %s [%d,%d) = %r, sentence = %r"
                        % (u, rel, v, doc, st, en, text[st:en], e["sentence"]))
            if doc not in docs:
                docs.append(doc)
        for doc in docs:
            if rel in IGNORED_RELATIONS:
                ignored_edges[rel] += 1
                continue
            if rel == "metonymFor" and u in mentions[doc] and v not in mentions[doc]:
                notes["metonymFor target implied, not mentioned"].append("%s -> %s" % (u, v))
            elif u not in mentions[doc] or v not in mentions[doc]:
                problems["edge end without a node mention in the evidence document"
                         " (expected with --single-run: capped node evidence)"].append(
                    "%s -%s-> %s %s" % (u, rel, v, doc))
            edge_docs[doc].append((u, v, rel))
            rel_counts[rel] += 1

    # ---- recall
    rec = collections.defaultdict(collections.Counter)   # gold type -> counters
    found_examples, missed_typed_examples = [], []
    for s in sents:
        doc = s["id"]
        for a, b, typ in s["rels"]:
            c = rec[typ]
            c["gold"] += 1
            na, nb = ent_nodes[(doc, a)], ent_nodes[(doc, b)]
            if na:
                c["ent1"] += 1
            if nb:
                c["ent2"] += 1
            if na and nb:
                c["covered"] += 1
            if na and nb and (na - nb or nb - na or len(na) > 1):
                c["covered_distinct"] += 1
            rels = sorted({r for u, v, r in edge_docs[doc]
                           if (u in na and v in nb) or (u in nb and v in na)})
            if rels:
                c["found"] += 1
                typed = [r for r in rels if typ in mapping.get(r, ())]
                if typed:
                    c["typed"] += 1
                    found_examples.append((doc, s["ents"][a]["text"], typ, s["ents"][b]["text"], typed))
                else:
                    missed_typed_examples.append((doc, s["ents"][a]["text"], typ, s["ents"][b]["text"], rels))

    # ---- precision
    prec = collections.defaultdict(collections.Counter)  # our relation -> counters
    wrong_examples = []
    for doc in sorted(edge_docs):
        s = by_id[doc]
        gold_pairs = collections.defaultdict(set)
        for a, b, typ in s["rels"]:
            gold_pairs[frozenset((a, b))].add(typ)
        for u, v, rel in edge_docs[doc]:
            c = prec[rel]
            c["edges"] += 1
            ga = [k for k in s["ents"] if u in ent_nodes[(doc, k)]]
            gb = [k for k in s["ents"] if v in ent_nodes[(doc, k)]]
            pairs = {frozenset((a, b)) for a in ga for b in gb if a != b}
            if not pairs:
                continue
            c["scored"] += 1
            gold_types = set()
            for p in pairs:
                gold_types |= gold_pairs.get(p, set())
            if gold_types:
                c["any"] += 1
            if gold_types & mapping.get(rel, set()):
                c["typed"] += 1
            else:
                wrong_examples.append((doc, u, rel, v, sorted(gold_types) or ["(no gold relation)"]))

    return {"rec": rec, "prec": prec, "problems": problems, "notes": notes, "rel_counts": rel_counts,
            "ignored": ignored_edges, "found_examples": found_examples,
            "missed_typed_examples": missed_typed_examples, "wrong_examples": wrong_examples,
            "nodes": len({n for n, _ in node_items}),
            "edges": len({(u, v, d.get("relation")) for u, v, _, d in edge_items}),
            "n_mentions": sum(len(ms) for d in mentions.values() for ms in d.values())}


# --------------------------------------------------------------------------
# report

def pct(n, d):
    return "%5.1f%%" % (100.0 * n / d) if d else "    -"


def report(name, sents, res, mapping, n_examples):
    n_ents = sum(len(s["ents"]) for s in sents)
    n_rels = sum(len(s["rels"]) for s in sents)
    print("== %s: %d sentences, %d gold entities, %d gold relations" % (name, len(sents), n_ents, n_rels))
    print("   graph: %d nodes, %d edges (ontology edges included); %d node mentions in these documents; "
          "%d typed (edge, document) pairs%s"
          % (res["nodes"], res["edges"], res["n_mentions"], sum(res["rel_counts"].values()),
             "" if not res["ignored"] else "; ignored: " + ", ".join(
                 "%s %d" % kv for kv in sorted(res["ignored"].items()))))
    info = res["run_info"]
    if info["truncated_single_run"]:
        tl = info["truncated_single_run"]
        print("   note: one run over all sentences capped the evidence of %d nodes/edges (%s%s); %s"
              % (len(tl), ", ".join(tl[:4]), ", ..." if len(tl) > 4 else "",
                 "evaluated that graph anyway (--single-run)" if info["runs"] == 1 else
                 "evaluated %d runs over parts of the corpus instead%s" % (
                     info["runs"] - 1, "" if not info["truncated_left"] else
                     " (still capped: %s)" % ", ".join(info["truncated_left"]))))
    if res["rel_counts"]:
        print("   edge relations: " + ", ".join("%s %d" % kv for kv in sorted(res["rel_counts"].items())))

    rec = res["rec"]
    hdr = "   %-20s %5s %8s %8s %13s %13s" % ("CrossRE type", "gold", "covered", "cov%", "found(any)", "found(typed)")
    print()
    print(hdr)
    print("   " + "-" * (len(hdr) - 3))
    tot = collections.Counter()
    for typ in sorted(rec):
        c = rec[typ]
        tot.update(c)
        print("   %-20s %5d %8d %8s %6d %6s %6d %6s" % (
            typ, c["gold"], c["covered"], pct(c["covered"], c["gold"]),
            c["found"], pct(c["found"], c["gold"]), c["typed"], pct(c["typed"], c["gold"])))
    print("   " + "-" * (len(hdr) - 3))
    print("   %-20s %5d %8d %8s %6d %6s %6d %6s" % (
        "ALL", tot["gold"], tot["covered"], pct(tot["covered"], tot["gold"]),
        tot["found"], pct(tot["found"], tot["gold"]), tot["typed"], pct(tot["typed"], tot["gold"])))
    print("   (covered = both gold arguments overlap a NewsGraph node mention in that sentence; "
          "first argument %d, second %d)" % (tot["ent1"], tot["ent2"]))

    prec = res["prec"]
    print()
    hdr = "   %-20s %6s %7s %10s %13s   %s" % ("NewsGraph relation", "edges", "scored", "gold(any)", "gold(typed)", "maps to")
    print(hdr)
    print("   " + "-" * (len(hdr) - 3))
    ptot = collections.Counter()
    for rel in sorted(prec):
        c = prec[rel]
        ptot.update(c)
        print("   %-20s %6d %7d %4d %5s %6d %6s   %s" % (
            rel, c["edges"], c["scored"], c["any"], pct(c["any"], c["scored"]),
            c["typed"], pct(c["typed"], c["scored"]), ",".join(sorted(mapping.get(rel, ()))) or "(unmapped)"))
    print("   " + "-" * (len(hdr) - 3))
    print("   %-20s %6d %7d %4d %5s %6d %6s" % (
        "ALL", ptot["edges"], ptot["scored"], ptot["any"], pct(ptot["any"], ptot["scored"]),
        ptot["typed"], pct(ptot["typed"], ptot["scored"])))
    print("   (edges = typed (edge, document) pairs; scored = both ends overlap two distinct gold "
          "entities of the sentence; precision = gold / scored)")

    print()
    if res["problems"]:
        print("   NewsGraph output sanity checks: PROBLEMS")
        for kind in sorted(res["problems"]):
            items = res["problems"][kind]
            print("     %s: %d, e.g." % (kind, len(items)))
            for it in items[:3]:
                print("       " + it)
    else:
        print("   NewsGraph output sanity checks: OK (offsets in range; mention text = label/alias or an "
              "expected form; edge evidence = its sentence or a trigger inside it)")

    for kind in sorted(res["notes"]):
        items = res["notes"][kind]
        print("   note: %s: %d, e.g. %s" % (kind, len(items), "; ".join(sorted(set(items))[:3])))

    if n_examples:
        for title, rows in (("found, typed", res["found_examples"]),
                            ("found, wrong type", res["missed_typed_examples"])):
            print()
            print("   examples, %s:" % title)
            for doc, a, typ, b, rels in rows[:n_examples]:
                print("     %s: %r -%s- %r  <- %s" % (doc, a, typ, b, ",".join(rels)))
        print()
        print("   examples, scored predictions without a matching typed gold relation:")
        for doc, u, rel, v, gold in res["wrong_examples"][:n_examples]:
            print("     %s: %s -%s-> %s  gold: %s" % (doc, u, rel, v, ",".join(gold)))
    print()
    return tot, ptot


def main(argv=None):
    ap = argparse.ArgumentParser(description="NewsGraph relation recall/precision on CrossRE news.")
    ap.add_argument("--data", default=os.path.normpath(os.path.join(REPO, "..", "shared", "data")))
    ap.add_argument("--split", action="append", default=None)
    ap.add_argument("--binary", default=os.path.join(REPO, ".build", "debug", "newsgraph"))
    ap.add_argument("--mapping", default=os.path.join(HERE, "crossre-mapping.tsv"))
    ap.add_argument("--keep", default=None, metavar="DIR")
    ap.add_argument("--examples", type=int, default=0, metavar="N")
    ap.add_argument("--single-run", action="store_true",
                    help="evaluate the one-run graph even if evidence was capped (see build_graphs)")
    args = ap.parse_args(argv)

    if not os.access(args.binary, os.X_OK):
        sys.exit("crossre_eval: no executable %s (run `swift build`)" % args.binary)
    data_dir = resolve_data_dir(args.data)
    splits = resolve_splits(data_dir, args.split or ["news-dev"])
    mapping = load_mapping(args.mapping)
    unknown = sorted({t for ts in mapping.values() for t in ts} - {
        "artifact", "cause-effect", "compare", "general-affiliation", "named", "opposite", "origin",
        "part-of", "physical", "related-to", "role", "social", "temporal", "topic", "type-of",
        "usage", "win-defeat"})
    if unknown:
        sys.exit("crossre_eval: unknown CrossRE types in mapping: %s" % ", ".join(unknown))

    workdir = args.keep or tempfile.mkdtemp(prefix="crossre_eval.")
    os.makedirs(workdir, exist_ok=True)
    try:
        print("crossre_eval: binary %s, mapping %s (%d relations), data %s"
              % (os.path.relpath(args.binary, REPO), os.path.basename(args.mapping), len(mapping), data_dir))
        print()
        for name, path in splits:
            sents = load_crossre(path)
            graphs, info = build_graphs(args.binary, sents, workdir, name.replace("/", "__"), args.single_run)
            res = evaluate(sents, graphs, mapping, args.examples)
            res["run_info"] = info
            report(name, sents, res, mapping, args.examples)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
