#!/usr/bin/env python3
"""Checks that a NewsGraph JSON-LD file parses (rdflib and pyld, offline) into the triples we intend.

Usage: python3 Tests/Interop/check_triples.py FILE.jsonld 'S P O' ...
Each expectation is three IRIs or compact IRIs (schema:, ng:, rdf:, id: prefixes) separated by spaces;
an object in double quotes is a literal. Prints one line per missing triple and exits 1 if any is missing.
"""
import json
import sys

import rdflib
from pyld import jsonld

PREFIXES = {
    "schema:": "http://schema.org/",
    "ng:": "https://newsgraph.dev/vocab#",
    "rdf:": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "id:": "https://newsgraph.dev/id/",
}


def expand(term):
    if term.startswith('"') and term.endswith('"'):
        return rdflib.Literal(term[1:-1])
    for prefix, iri in PREFIXES.items():
        if term.startswith(prefix):
            return rdflib.URIRef(iri + term[len(prefix):])
    return rdflib.URIRef(term)


def refuse(url, options=None):
    raise jsonld.JsonLdError("remote document refused: " + url, "loading document failed")


def main():
    path, expectations = sys.argv[1], sys.argv[2:]
    graph = rdflib.Graph().parse(path, format="json-ld")
    with open(path, encoding="utf-8") as handle:
        nquads = jsonld.to_rdf(json.load(handle), {"format": "application/n-quads", "documentLoader": refuse})
    pyld_graph = rdflib.Graph().parse(data=nquads, format="nquads")
    missing = 0
    for expectation in expectations:
        s, p, o = expectation.split(" ", 2)
        triple = (expand(s), expand(p), expand(o))
        if isinstance(triple[2], rdflib.Literal):
            found = any(str(obj) == str(triple[2]) for obj in graph.objects(triple[0], triple[1]))
            found_pyld = any(str(obj) == str(triple[2]) for obj in pyld_graph.objects(triple[0], triple[1]))
        else:
            found = triple in graph
            found_pyld = triple in pyld_graph
        if not (found and found_pyld):
            print("missing (rdflib %s, pyld %s): %s" % (found, found_pyld, expectation))
            missing += 1
    print("check_triples: %d of %d triples found" % (len(expectations) - missing, len(expectations)))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
