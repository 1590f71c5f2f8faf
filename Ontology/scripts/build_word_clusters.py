#!/usr/bin/env python3
"""Builds word clusters for the name tagger's optional `clusters` features from the TEXT of the
shared corpora (their labels are never read): Ontology/models/word-clusters.tsv.

Sources (tokens only):
  ../shared/data/conll2003/eng.train        CoNLL-2003 English training part (Reuters RCV1 1996;
                                            research-use agreement, no open licence). eng.testa, the
                                            dev set, is never read.
  ../shared/data/gmb-entity-annotated-corpus/ner_dataset.csv.gz, the first 90% of its sentences (the
                                            tagger's GMB training part; GMB, mostly Voice of America
                                            news, no licence stated, research use). The last 10%, the
                                            tagger's GMB dev part, is left out unless --gmb-all.
  ../shared/data/wikiann-en/train           WikiANN English train (Wikipedia fragments, CC BY-SA text;
                                            no licence stated for the files).
  ../shared/data/re-docred/dev_revised.json.gz
                                            Re-DocRED dev documents (Wikipedia text, MIT licence); a
                                            relation-extraction dev set, not one of the tagger's.
Only statistics of the words' contexts reach the output, never text.

Method (cheap, deterministic, numpy + scipy):
  1. Tokens are keyed as the tagger keys them (TokenAnalysis.swift `norm`): lower-cased, ASCII
     digits replaced by 0.
  2. Every word seen at least MIN_COUNT times gets a vector: its counts of (position, word) contexts
     at positions -2, -1, +1, +2 over the CONTEXTS most frequent words (others are one "rare" word,
     sentence edges one "boundary" word), weighted by positive pointwise mutual information with
     context-distribution smoothing (alpha 0.75).
  3. Truncated SVD to DIMENSIONS dimensions (U * sqrt(S)), rows scaled to unit length.
  4. k-means (k-means++ seeding, fixed seed) into the finest LEVELS[-1] clusters; their centroids,
     weighted by cluster size, are clustered again into each coarser level, so the levels nest
     (a word's coarse cluster is a function of its fine one, like the prefixes of Brown clusters).
  Ids are renumbered so that they sort by coarse, then finer cluster, then most frequent member.
  The file holds the levels of --write (default 256 alone: on the dev sets, 256 clusters helped CoNLL
  and GMB alike; 1,024 or all three levels helped CoNLL as much but cost GMB, 64 did not help).

Output: `#` comment lines (sources, method, parameters, date), then one line per word, sorted:
  word<TAB>id at the coarsest written level<TAB>...<TAB>id at the finest written level
Words starting with `#` are left out (they would read as comments). Two runs give the same clusters
(single-threaded BLAS, fixed seeds); only the date line changes.

Usage: python3 Ontology/scripts/build_word_clusters.py [--data ../shared/data]
           [--out Ontology/models/word-clusters.tsv] [--levels 64,256,1024] [--write 256] [--gmb-all]
"""
import os

# One BLAS thread: the same sums in the same order on every run.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import argparse, collections, csv, datetime, gzip, io, json, re, sys  # noqa: E402

import conll  # noqa: E402  (this folder's shared CoNLL reader)
import numpy as np  # noqa: E402
import scipy.sparse as sparse  # noqa: E402
import scipy.sparse.linalg as sparse_linalg  # noqa: E402

MIN_COUNT = 3
CONTEXTS = 5000
DIMENSIONS = 100
ALPHA = 0.75
SEED = 2003
KMEANS_ITERATIONS = 40
POSITIONS = (-2, -1, 1, 2)
BOUNDARY, RARE = "<s>", "<rare>"

DIGITS = re.compile(r"[0-9]")


def norm(token):
    """The tagger's `norm` key: lower case, ASCII digits as 0."""
    return DIGITS.sub("0", token.lower())


def conll_sentences(path):
    """The tokens of each sentence of a CoNLL file."""
    return ([columns[0] for columns in sentence] for sentence in conll.sentences(path))


def gmb_sentences(path, dev_fraction):
    """Sentences of the GMB CSV, split as GMBReader.split does (the truncated last one dropped)."""
    sentences, sentence, rows = [], [], 0
    with gzip.open(path, "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"))
        next(reader)
        for row in reader:
            rows += 1
            if len(row) < 4:
                continue
            if row[0].startswith("Sentence:") and sentence:
                sentences.append(sentence)
                sentence = []
            sentence.append(row[1])
    if sentence and rows != 1048575:  # Excel's row limit cut the last sentence
        sentences.append(sentence)
    cut = len(sentences) - int(round(len(sentences) * dev_fraction))
    return sentences[:cut]


def wikiann_sentences(path):
    sentence = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sentence:
                yield sentence
            sentence = []
            continue
        token = line.split("\t")[0]
        sentence.append(token[3:] if token.startswith("en:") else token)
    if sentence:
        yield sentence


def redocred_sentences(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for document in json.load(f):
            for sentence in document["sents"]:
                yield sentence


def kmeans_plus_plus(points, weights, k, rng):
    n = points.shape[0]
    centers = np.empty((k, points.shape[1]))
    first = rng.choice(n, p=weights / weights.sum())
    centers[0] = points[first]
    distance = ((points - centers[0]) ** 2).sum(1)
    for c in range(1, k):
        p = weights * distance
        index = rng.choice(n, p=p / p.sum())
        centers[c] = points[index]
        distance = np.minimum(distance, ((points - centers[c]) ** 2).sum(1))
    return centers


def kmeans(points, k, seed, weights=None, iterations=KMEANS_ITERATIONS):
    """Weighted Lloyd k-means; returns the assignment and the centroids."""
    weights = np.ones(points.shape[0]) if weights is None else weights.astype(float)
    rng = np.random.default_rng(seed)
    centers = kmeans_plus_plus(points, weights, k, rng)
    squared = (points ** 2).sum(1)
    assignment = None
    for _ in range(iterations):
        distances = squared[:, None] - 2 * points @ centers.T + (centers ** 2).sum(1)[None, :]
        new = distances.argmin(1)
        if assignment is not None and np.array_equal(new, assignment):
            break
        assignment = new
        for c in range(k):
            members = assignment == c
            if members.any():
                w = weights[members]
                centers[c] = (points[members] * w[:, None]).sum(0) / w.sum()
            else:  # an empty cluster takes the point farthest from its centroid
                far = distances[np.arange(len(points)), assignment].argmax()
                centers[c] = points[far]
    return assignment, centers


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="Ontology/models/word-clusters.tsv")
    parser.add_argument("--levels", default="64,256,1024", help="cluster counts, coarse to fine (at most 3, each <= 1024)")
    parser.add_argument("--write", default="256", help="the levels written to the file (some of --levels)")
    parser.add_argument("--gmb-all", action="store_true", help="also read the GMB dev part (the last 10%%) as text")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    if not 1 <= len(levels) <= 3 or levels != sorted(levels) or levels[-1] > 1024 or levels[0] < 2:
        sys.exit("error: --levels needs 1 to 3 increasing cluster counts, each 2...1024")
    written = [int(x) for x in args.write.split(",")]
    if not written or any(level not in levels for level in written):
        sys.exit(f"error: --write needs some of the levels {levels}")
    columns_written = [levels.index(level) for level in sorted(set(written))]

    data = args.data
    gmb_fraction = 0.0 if args.gmb_all else 0.1
    corpora = [
        ("CoNLL-2003 eng.train (Reuters 1996, research use)", conll_sentences(os.path.join(data, "conll2003/eng.train"))),
        ("GMB ner_dataset.csv.gz " + ("all sentences, dev part included" if args.gmb_all else "first 90% (the tagger's training part)")
         + " (VOA news, research use)",
         gmb_sentences(os.path.join(data, "gmb-entity-annotated-corpus/ner_dataset.csv.gz"), gmb_fraction)),
        ("WikiANN en train (Wikipedia, CC BY-SA text)", wikiann_sentences(os.path.join(data, "wikiann-en/train"))),
        ("Re-DocRED dev_revised (Wikipedia, MIT)", redocred_sentences(os.path.join(data, "re-docred/dev_revised.json.gz"))),
    ]
    sentences, described = [], []
    for name, source in corpora:
        part = [[norm(t) for t in s] for s in source]
        described.append(f"{name}: {len(part)} sentences, {sum(map(len, part))} tokens")
        sentences += part
        print(described[-1], file=sys.stderr)

    counts = collections.Counter(t for s in sentences for t in s)
    # Most frequent first, ties by word: a deterministic order.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    words = [w for w, c in ranked if c >= MIN_COUNT and not w.startswith("#") and "\t" not in w]
    word_index = {w: i for i, w in enumerate(words)}
    context_words = [w for w, _ in ranked[:CONTEXTS]] + [RARE, BOUNDARY]
    context_index = {w: i for i, w in enumerate(context_words)}
    width = len(context_words)
    print(f"{len(words)} words with count >= {MIN_COUNT}; {len(counts)} distinct", file=sys.stderr)

    rows, columns = [], []
    for s in sentences:
        padded = [BOUNDARY, BOUNDARY] + s + [BOUNDARY, BOUNDARY]
        for i, w in enumerate(s):
            row = word_index.get(w)
            if row is None:
                continue
            for slot, offset in enumerate(POSITIONS):
                context = padded[i + 2 + offset]
                rows.append(row)
                columns.append(slot * width + context_index.get(context, context_index[RARE]))
    matrix = sparse.coo_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(words), len(POSITIONS) * width)).tocsr()
    matrix.sum_duplicates()

    # PPMI with context-distribution smoothing.
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(1)).ravel()
    column_sums = np.asarray(matrix.sum(0)).ravel() ** ALPHA
    column_sums /= column_sums.sum()
    coo = matrix.tocoo()
    pmi = np.log((coo.data / total) / ((row_sums[coo.row] / total) * column_sums[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)

    v0 = np.random.default_rng(SEED).standard_normal(min(ppmi.shape))
    u, s, _ = sparse_linalg.svds(ppmi, k=DIMENSIONS, v0=v0)
    order = np.argsort(-s)
    u, s = u[:, order], s[order]
    # A singular vector's sign is arbitrary: fix it so the largest entry is positive.
    signs = np.sign(u[np.abs(u).argmax(0), np.arange(u.shape[1])])
    vectors = u * signs * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    fine, centers = kmeans(vectors, levels[-1], SEED)
    sizes = np.bincount(fine, minlength=levels[-1]).astype(float)
    assignments = [fine]
    to_level = np.arange(levels[-1])  # fine cluster -> cluster of the level being built
    members = centers
    for level in reversed(levels[:-1]):
        # Cluster the previous level's centroids, weighted by their sizes: the levels nest.
        labels, members = kmeans(members, level, SEED, weights=np.maximum(sizes, 1e-9))
        to_level = labels[to_level]
        sizes = np.bincount(labels, weights=sizes, minlength=level)
        assignments.insert(0, to_level[fine])

    # Renumber each level: by the coarser levels' new ids, then by the rank of the cluster's most
    # frequent word (words are in frequency order).
    ids = []
    for depth, assignment in enumerate(assignments):
        first_rank = {}
        for rank, label in enumerate(assignment.tolist()):
            first_rank.setdefault(label, rank)
        ordered = sorted(first_rank, key=lambda label: tuple(ids[d][first_rank[label]] for d in range(depth)) + (first_rank[label],))
        new_id = {label: i for i, label in enumerate(ordered)}
        ids.append([new_id[label] for label in assignment.tolist()])

    lines = sorted(f"{w}\t" + "\t".join(str(ids[d][r]) for d in columns_written) for r, w in enumerate(words))
    header = [
        "# NewsGraph word clusters: features of the name tagger's optional `clusters` group",
        "# generated by Ontology/scripts/build_word_clusters.py -- do not edit by hand",
        f"# date: {args.date}",
        "# sources (text only, no labels; only context statistics reach this file):",
    ] + [f"#   {d}" for d in described] + [
        f"# method: words seen >= {MIN_COUNT} times (key: lower case, digits as 0); PPMI (context smoothing {ALPHA})",
        f"#   of (position, word) contexts at {list(POSITIONS)} over the {CONTEXTS} most frequent words;",
        f"#   truncated SVD to {DIMENSIONS} dimensions (U*sqrt(S), unit rows); k-means (k-means++, seed {SEED}) into",
        f"#   {levels[-1]} clusters, whose centroids are clustered again into the coarser levels (nested):",
        f"#   levels {' '.join(map(str, levels))}; written here: {' '.join(str(levels[d]) for d in columns_written)}",
        f"# {len(lines)} words",
        "# columns: word<TAB>cluster id per written level, coarse to fine",
    ]
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header + lines) + "\n")
    print(f"wrote {args.out}: {len(lines)} words, levels {[levels[d] for d in columns_written]}", file=sys.stderr)


if __name__ == "__main__":
    main()
