#!/usr/bin/env python3
"""Report how NewsGraph reads the incidents of the hard test articles in Tests/Fixtures/articles.

Each article NAME may have an answer key NAME.incidents.tsv: the incidents a reader would draw, one line per
real event, `Class<TAB>Place<TAB>role:Actor|role:Actor<TAB>Description`, where Place and Actor are canonical
names of NAME.expected.tsv and a description starting with "MAIN:" marks the article's main event. This is a
report, not a test: it matches the incident nodes of the article's graph to the key and prints what it found,
missed and made up, article by article, then totals. It never fails on low scores.

An incident node matches a key line of its class; among several, the one sharing its place and most actors.
A node of the right class that shares neither place nor actor with any line still matches a line of its class
that no other node matched (the event is right, its details are not).

Usage:
    python3 Tests/Interop/incident_report.py [--binary PATH] [--tagger on|off] [--dir DIR] [--quiet]
"""
import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_report import GRAPHML, add_common_arguments, expected_of, newsgraph_binary  # noqa: E402

ROLES = {"agent", "target", "victim", "participant", "operator", "reportedBy"}


def graph_of(binary, article, tagger):
    """Nodes {id: (label, aliases, type)} and edges [(source, relation, target)] of the article's graph."""
    result = subprocess.run([binary, "build", article, "--format", "graphml", "--tagger", tagger, "-q"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{article}: newsgraph failed: {result.stderr.strip()}")
    root = ET.fromstring(result.stdout)
    nodes, edges = {}, []
    for node in root.iter(GRAPHML + "node"):
        data = {d.get("key"): d.text or "" for d in node}
        nodes[node.get("id")] = (data.get("n_label", ""), [a for a in data.get("n_aliases", "").split("|") if a],
                                 data.get("n_type", ""))
    for edge in root.iter(GRAPHML + "edge"):
        data = {d.get("key"): d.text or "" for d in edge}
        edges.append((edge.get("source"), data.get("e_relation", ""), edge.get("target")))
    return nodes, edges


def forms_of(base):
    """Canonical name → its forms, from the article's .expected.tsv."""
    return {name: forms for _, name, forms in expected_of(base)}


def key_of(path):
    """(class, place, {(role, actor)}, description) of each line of an incidents key."""
    rows = []
    with open(path, encoding="utf-8") as file:
        for line in file.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            fields += [""] * (4 - len(fields))
            actors = set()
            for part in fields[2].split("|"):
                if ":" in part:
                    role, actor = part.split(":", 1)
                    actors.add((role, actor))
            rows.append((fields[0], fields[1], actors, fields[3]))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    binary = newsgraph_binary(args.binary)

    names = sorted(f for f in os.listdir(args.dir) if f.endswith((".txt", ".html"))
                   and os.path.exists(os.path.join(args.dir, os.path.splitext(f)[0] + ".incidents.tsv")))
    totals = dict.fromkeys(["expected", "main", "found", "mainFound", "nodes", "wrongNodes", "places", "rightPlaces",
                            "nearPlaces", "roles", "rightRoles"], 0)
    for name in names:
        base = os.path.join(args.dir, os.path.splitext(name)[0])
        forms = forms_of(base)
        key = key_of(base + ".incidents.tsv")
        nodes, edges = graph_of(binary, os.path.join(args.dir, name), args.tagger)

        def canonical(node_id):
            label, aliases, _ = nodes.get(node_id, ("", [], ""))
            written = {label} | set(aliases)
            for actor, actor_forms in forms.items():
                if actor_forms & written:
                    return actor
            return "?" + (label or node_id)

        # Where each node lies (locatedIn edges, transitively), for places of another granularity than the key's.
        located = {}
        for source, relation, target in edges:
            if relation == "locatedIn":
                located.setdefault(canonical(source), set()).add(canonical(target))

        def within(inner, outer):
            seen, todo = set(), [inner]
            while todo:
                name = todo.pop()
                if name == outer:
                    return True
                if name not in seen:
                    seen.add(name)
                    todo.extend(located.get(name, ()))
            return False

        incidents = sorted(n for n in nodes if n.startswith("incident/"))
        produced = []
        for node in incidents:
            place, roles = None, set()
            for source, relation, target in edges:
                if source != node:
                    continue
                if relation == "occurredIn":
                    place = canonical(target)
                elif relation in ROLES:
                    roles.add((relation, canonical(target)))
            produced.append((node, nodes[node][2], nodes[node][0], place, roles))

        # Greedy matching, best-sharing pairs first.
        pairs = []
        for p, (_, klass, _, place, roles) in enumerate(produced):
            for k, (key_class, key_place, key_roles, _) in enumerate(key):
                if klass != key_class:
                    continue
                shared = len({a for _, a in roles} & {a for _, a in key_roles})
                score = (2 if place and place == key_place else 0) + shared
                pairs.append((-score, p, k))
        pairs.sort()
        match, taken = {}, set()
        for negative, p, k in pairs:
            if p in match or k in taken:
                continue
            match[p] = k
            taken.add(k)
        lines = []
        for k, (key_class, key_place, key_roles, description) in enumerate(key):
            is_main = description.startswith("MAIN:")
            totals["expected"] += 1
            totals["main"] += is_main
            if k in taken:
                totals["found"] += 1
                totals["mainFound"] += is_main
            else:
                lines.append(f"  missed   {key_class}{' (main)' if is_main else ''}: {description}")
        for p, (node, klass, label, place, roles) in enumerate(produced):
            totals["nodes"] += 1
            if p not in match:
                totals["wrongNodes"] += 1
                detail = ", ".join(f"{r} {a}" for r, a in sorted(roles))
                lines.append(f"  made up  {klass} \"{label}\"{' in ' + place if place else ''}{': ' + detail if detail else ''}")
                continue
            _, key_place, key_roles, description = key[match[p]]
            problems = []
            if place:
                totals["places"] += 1
                if place == key_place:
                    totals["rightPlaces"] += 1
                elif key_place and (within(place, key_place) or within(key_place, place)):
                    totals["nearPlaces"] += 1
                    problems.append(f"place {place}, expected {key_place} (in or around it)")
                else:
                    problems.append(f"place {place}, expected {key_place or 'none'}")
            for role, actor in sorted(roles):
                totals["roles"] += 1
                if (role, actor) in key_roles:
                    totals["rightRoles"] += 1
                else:
                    problems.append(f"{role} {actor}")
            status = "found   " if not problems else "partly  "
            lines.append(f"  {status} {klass} \"{label}\"" + (": wrong " + "; ".join(problems) if problems else ""))
        if not args.quiet:
            print(f"{name}: {len(taken)} of {len(key)} incidents, {len(produced) - len(match)} made up")
            for line in lines:
                print(line)

    def share(a, b):
        return f"{totals[a]} of {totals[b]}" + (f" ({100 * totals[a] / totals[b]:.0f}%)" if totals[b] else "")
    print(f"all {len(names)} articles with keys, tagger {args.tagger}: incidents found {share('found', 'expected')}, "
          f"main events {share('mainFound', 'main')}; nodes made up {share('wrongNodes', 'nodes')}; "
          f"places right {share('rightPlaces', 'places')} and {totals['nearPlaces']} more in or around the right one; "
          f"actor roles right {share('rightRoles', 'roles')}")


if __name__ == "__main__":
    main()
