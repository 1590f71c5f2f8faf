#!/usr/bin/env python3
"""Interop checker for NewsGraph exports.

Usage:
    python3 Tests/Interop/check_exports.py [--names NAMES.json] FILE...

Each FILE is dispatched on its extension:

  .dot      rendered with `dot -Tsvg` and `sfdp -Goverlap=prism -Tsvg`; a non-zero
            exit code or ANY output on stderr (warnings included) is a failure.
            Node labels are read back through `dot -Tjson`.
  .graphml  read with networkx.read_graphml; node/edge attributes and <key>
            declarations are checked.
  .jsonld   parsed with rdflib (format="json-ld") and pyld (to_rdf, n-quads)
            with a document loader that refuses every URL; the @context must
            be inline.

--names NAMES.json is a JSON list of strings; every string must be EXACTLY the
name of some node in every FILE (DOT: node label after Graphviz unescaping;
GraphML: a node's `label` attribute; JSON-LD: object of a
<http://schema.org/name> triple).

Exit status 0 and "check_exports: N files OK" when everything passes, otherwise
one "FILE: problem" line per problem and exit status 1 (2 for usage errors).
No network access is ever attempted.
"""

import argparse
import difflib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

SCHEMA = "http://schema.org/"
SCHEMA_NAME = SCHEMA + "name"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
ALLOWED_KEY_TYPES = {"string", "int", "long", "float", "double", "boolean"}

# Seconds allowed for one Graphviz run; large graphs under sfdp can be slow.
GRAPHVIZ_TIMEOUT = float(os.environ.get("CHECK_EXPORTS_GV_TIMEOUT", "300"))


# --------------------------------------------------------------------------
# helpers

def closest(name, candidates):
    """repr of the closest candidate to `name`, for "missing or mangled" reports."""
    cands = [c for c in candidates if isinstance(c, str)]
    if not cands:
        return "no names at all"
    best = difflib.get_close_matches(name, cands, n=1, cutoff=0.0)
    if not best:
        return "no similar name"
    return "closest match %r" % (best[0],)


def check_names(path, names, found, where, problems):
    found = {f for f in found if isinstance(f, str)}
    for n in names:
        if n not in found:
            problems.append("%s: name %r missing or mangled in %s (%s)"
                            % (path, n, where, closest(n, sorted(found))))


def run_tool(argv):
    """Run a Graphviz binary; return (returncode, stdout bytes, stderr text)."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=GRAPHVIZ_TIMEOUT)
    except FileNotFoundError:
        return None, b"", "%s not found (apt-get install -y graphviz)" % argv[0]
    except subprocess.TimeoutExpired:
        return None, b"", "timed out after %ss" % GRAPHVIZ_TIMEOUT
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


# --------------------------------------------------------------------------
# DOT

def unescape_dot_label(raw, node_name="", graph_name=""):
    """Turn a label as reported by `dot -Tjson` into the text Graphviz draws.

    -Tjson reports the label after the DOT lexer has processed the quoted
    string (\\" -> ", backslash-newline removed) but BEFORE label escapes are
    applied, so a name written as "a\\\\b" in the file comes back as a\\\\b
    (two backslashes).  Graphviz's own rules (make_simple_label): \\n \\l \\r
    are line breaks, \\N is the node name, \\G the graph name, and any other
    backslash-char pair yields the char itself (so \\\\ -> \\, \\" -> ").
    """
    out = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            d = raw[i + 1]
            i += 2
            if d in "nlr":
                out.append("\n")
            elif d == "N":
                out.append(node_name)
            elif d == "G":
                out.append(graph_name)
            else:
                out.append(d)
            continue
        out.append(c)
        i += 1
    return "".join(out)


def check_dot(path, names, problems):
    for argv in (["dot", "-Tsvg", "-o", os.devnull, path],
                 ["sfdp", "-Goverlap=prism", "-Tsvg", "-o", os.devnull, path]):
        rc, _, err = run_tool(argv)
        tool = " ".join(argv[:-1] if argv[-1] == path else argv)
        if rc is None:
            problems.append("%s: %s: %s" % (path, argv[0], err))
            continue
        if rc != 0:
            if rc < 0:
                import signal
                try:
                    how = "was killed by %s" % signal.Signals(-rc).name
                except ValueError:
                    how = "was killed by signal %d" % -rc
            else:
                how = "exited with status %d" % rc
            problems.append("%s: `%s` %s" % (path, tool, how))
        if err.strip():
            for line in err.strip().splitlines():
                problems.append("%s: `%s` stderr: %s" % (path, argv[0], line.strip()))
        elif err:
            problems.append("%s: `%s` wrote whitespace to stderr: %r" % (path, argv[0], err))

    if not names:
        return
    rc, out, err = run_tool(["dot", "-Tjson", path])
    if rc != 0 or rc is None:
        problems.append("%s: `dot -Tjson` failed (%s); cannot check names" % (path, err.strip() or rc))
        return
    try:
        doc = json.loads(out.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        problems.append("%s: `dot -Tjson` output is not JSON (%s)" % (path, e))
        return
    graph_name = doc.get("name", "")
    objects = doc.get("objects", []) or []
    # The first _subgraph_cnt objects are subgraphs/clusters, the rest are nodes.
    nodes = objects[int(doc.get("_subgraph_cnt", 0)):]
    labels = []
    for o in nodes:
        raw = o.get("label", "\\N")
        labels.append(unescape_dot_label(raw, o.get("name", ""), graph_name))
    check_names(path, names, labels, "DOT node labels", problems)


# --------------------------------------------------------------------------
# GraphML

def check_graphml(path, names, problems):
    # Raw XML first: key declarations and duplicate ids (networkx merges those).
    try:
        tree = ET.parse(path)
    except ET.ParseError as e:
        problems.append("%s: not well-formed XML: %s" % (path, e))
        return
    root = tree.getroot()
    if root.tag != "{%s}graphml" % GRAPHML_NS:
        problems.append("%s: root element is %r, expected {%s}graphml" % (path, root.tag, GRAPHML_NS))
    for key in root.iter("{%s}key" % GRAPHML_NS):
        t = key.get("attr.type")
        if t not in ALLOWED_KEY_TYPES:
            problems.append("%s: <key id=%r attr.name=%r> has attr.type=%r (allowed: %s)"
                            % (path, key.get("id"), key.get("attr.name"), t,
                               ", ".join(sorted(ALLOWED_KEY_TYPES))))
    seen = set()
    for node in root.iter("{%s}node" % GRAPHML_NS):
        nid = node.get("id")
        if nid in seen:
            problems.append("%s: duplicate node id %r" % (path, nid))
        seen.add(nid)

    try:
        import networkx as nx
    except ImportError:
        problems.append("%s: networkx not installed (pip install networkx)" % path)
        return
    try:
        g = nx.read_graphml(path)
    except Exception as e:  # networkx raises several exception types here
        problems.append("%s: networkx.read_graphml failed: %s: %s" % (path, type(e).__name__, e))
        return

    for nid, data in g.nodes(data=True):
        for attr in ("label", "type", "uid", "labels"):
            v = data.get(attr)
            if not isinstance(v, str):
                problems.append("%s: node %r: attribute %r is %s, expected a string"
                                % (path, nid, attr, "missing" if v is None else type(v).__name__))
        v = data.get("labels")
        if isinstance(v, str) and not v.startswith(":"):
            problems.append("%s: node %r: attribute 'labels' %r does not start with ':'" % (path, nid, v))

    for edge in g.edges(data=True):
        u, v, data = edge
        for attr in ("relation", "label"):
            x = data.get(attr)
            if not isinstance(x, str):
                problems.append("%s: edge %r->%r: attribute %r is %s, expected a string"
                                % (path, u, v, attr, "missing" if x is None else type(x).__name__))
        c = data.get("confidence")
        if not isinstance(c, float):
            problems.append("%s: edge %r->%r: attribute 'confidence' is %s, expected a float"
                            % (path, u, v, "missing" if c is None else type(c).__name__))
        elif not (0.0 <= c <= 1.0):
            problems.append("%s: edge %r->%r: confidence %r outside 0..1" % (path, u, v, c))

    if names:
        labels = [d.get("label") for _, d in g.nodes(data=True)]
        check_names(path, names, labels, "GraphML node 'label' attributes", problems)


# --------------------------------------------------------------------------
# JSON-LD

def refusing_loader(url, options=None):
    """pyld document loader: this checker never touches the network."""
    from pyld import jsonld
    raise jsonld.JsonLdError(
        "remote document %r refused: contexts must be inline" % url,
        "jsonld.LoadDocumentError", {"url": url}, code="loading remote context failed")


def find_remote_contexts(obj, where="$"):
    """Yield (json path, value) for every @context / @import that is not inline."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "@context":
                vals = v if isinstance(v, list) else [v]
                for i, c in enumerate(vals):
                    if isinstance(c, str):
                        yield ("%s.@context" % where, c)
                    elif isinstance(c, dict):
                        if isinstance(c.get("@import"), str):
                            yield ("%s.@context.@import" % where, c["@import"])
                        for r in find_remote_contexts(c, "%s.@context[%d]" % (where, i)):
                            yield r
                    elif c is not None:
                        yield ("%s.@context" % where, c)
            else:
                for r in find_remote_contexts(v, "%s.%s" % (where, k)):
                    yield r
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            for r in find_remote_contexts(v, "%s[%d]" % (where, i)):
                yield r


def has_nodes(doc):
    """True when the document describes at least one node."""
    if isinstance(doc, list):
        return any(has_nodes(d) for d in doc)
    if not isinstance(doc, dict):
        return False
    g = doc.get("@graph")
    if isinstance(g, list) and g:
        return True
    if isinstance(g, dict):
        return True
    return any(not k.startswith("@") for k in doc) or "@type" in doc


def check_jsonld(path, names, problems):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        problems.append("%s: not valid UTF-8 JSON: %s" % (path, e))
        return

    top = doc if isinstance(doc, list) else [doc]
    for i, d in enumerate(top):
        if not isinstance(d, dict) or "@context" not in d:
            problems.append("%s: top-level object %d has no @context" % (path, i))
    remote = list(find_remote_contexts(doc))
    for where, value in remote:
        problems.append("%s: %s is not inline (%r); contexts must be a dict or a list of dicts"
                        % (path, where, value))
    if remote:
        # rdflib would try to fetch the remote context; never touch the network.
        return

    # pyld (n-quads, no network)
    nquads = None
    try:
        from pyld import jsonld
    except ImportError:
        problems.append("%s: pyld not installed (pip install pyld)" % path)
    else:
        try:
            nquads = jsonld.to_rdf(doc, {"format": "application/n-quads",
                                         "documentLoader": refusing_loader})
        except Exception as e:
            msg = str(e).splitlines()[0] if str(e) else ""
            problems.append("%s: pyld to_rdf failed: %s: %s" % (path, type(e).__name__, msg))

    # rdflib
    try:
        import warnings
        import rdflib
        from rdflib import URIRef, Literal
        from rdflib.compare import isomorphic
    except ImportError:
        problems.append("%s: rdflib not installed (pip install rdflib)" % path)
        return
    g = rdflib.Graph()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            g.parse(path, format="json-ld")
    except Exception as e:
        problems.append("%s: rdflib parse failed: %s: %s" % (path, type(e).__name__, e))
        return
    if has_nodes(doc) and len(g) == 0:
        problems.append("%s: rdflib produced 0 triples although the document has nodes "
                        "(keys not mapped by the @context are silently dropped)" % path)

    # Cross-check: both processors must agree on the default graph.
    if nquads is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ds = rdflib.Dataset()
                ds.parse(data=nquads, format="nquads")
                dflt = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
                g_pyld = rdflib.Graph()
                for t in dflt.triples((None, None, None)):
                    g_pyld.add(t)
            if not isomorphic(g, g_pyld):
                problems.append("%s: rdflib (%d triples) and pyld (%d triples) disagree on the RDF "
                                "(relative IRIs, bad @type values or term definitions are "
                                "handled differently)" % (path, len(g), len(g_pyld)))
        except Exception as e:
            problems.append("%s: could not compare pyld output with rdflib: %s: %s"
                            % (path, type(e).__name__, e))

    type_ = URIRef(RDF_TYPE)
    subjects = set()
    https_schema = set()
    for s, p, o in g.triples((None, None, None)):
        for term in (s, p, o):
            if isinstance(term, URIRef):
                t = str(term)
                if t.startswith("file:"):
                    problems.append("%s: relative IRI resolved against the file location: %s" % (path, t))
                if t.startswith("https://schema.org/"):
                    https_schema.add(t)
        if str(p) in (SCHEMA_NAME, RDFS_LABEL):
            subjects.add(s)
    for s in sorted(subjects, key=str):
        if (s, type_, None) not in g:
            problems.append("%s: subject %s has a name/label but no rdf:type" % (path, s))
    for t in sorted(https_schema):
        problems.append("%s: %s uses https://schema.org/; the NewsGraph vocabulary uses http://schema.org/" % (path, t))

    if names:
        found = [str(o) for o in g.objects(None, URIRef(SCHEMA_NAME)) if isinstance(o, Literal)]
        check_names(path, names, found, "JSON-LD schema:name values", problems)


# --------------------------------------------------------------------------

CHECKERS = {".dot": check_dot, ".gv": check_dot, ".graphml": check_graphml,
            ".jsonld": check_jsonld}


def main(argv=None):
    ap = argparse.ArgumentParser(description="Check NewsGraph DOT/GraphML/JSON-LD exports.")
    ap.add_argument("--names", metavar="NAMES.json",
                    help="JSON list of node names that must appear exactly in every file")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)

    names = []
    if args.names:
        try:
            with open(args.names, encoding="utf-8") as f:
                names = json.load(f)
        except (OSError, ValueError) as e:
            print("%s: cannot read names: %s" % (args.names, e))
            return 2
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            print("%s: must be a JSON list of strings" % args.names)
            return 2

    problems = []
    for path in args.files:
        ext = os.path.splitext(path)[1].lower()
        checker = CHECKERS.get(ext)
        if checker is None:
            problems.append("%s: unknown extension %r (expected .dot, .graphml or .jsonld)" % (path, ext))
            continue
        if not os.path.isfile(path):
            problems.append("%s: no such file" % path)
            continue
        try:
            checker(path, names, problems)
        except Exception as e:  # a checker bug must not look like a pass
            problems.append("%s: checker crashed: %s: %s" % (path, type(e).__name__, e))

    if problems:
        seen = set()
        for p in problems:
            if p not in seen:
                seen.add(p)
                print(p)
        return 1
    print("check_exports: %d files OK" % len(args.files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
