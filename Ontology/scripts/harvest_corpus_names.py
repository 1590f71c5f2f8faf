#!/usr/bin/env python3
"""Harvests names from the TRAINING parts of two open NER corpora into a gazetteer of
names the rules may trust: Ontology/gazetteers/corpus/names.tsv.

Sources (training parts only; the dev parts stay unseen):
  ../shared/data/conll2003/eng.train                (CoNLL-2003 English, Reuters RCV1 1996; research-use
                                                     agreement, no open licence: only names are taken, no text)
  ../shared/data/gmb-entity-annotated-corpus/ner_dataset.csv.gz, first 90% of sentences, persons
  and geographical names only (its org tags are too noisy), each seen at least twice there
                                                     (Groningen Meaning Bank via Kaggle, mostly Voice of America news;
                                                     no licence stated, released for research: only names are taken)

A name is kept when it is a reliable name of one type:
  * tagged PER, LOC or ORG (MISC is left out) at least MIN_COUNT times (one word) or
    MIN_COUNT_MULTI times (several words),
  * with one type in at least TYPE_SHARE of its tagged occurrences,
  * tagged in at least TAGGED_SHARE of all its occurrences as a token sequence
    (so "March", "Will" or "Bank" alone, often not names, are dropped),
  * not a lower-case word elsewhere in the corpora (one-word names),
  * not already in the curated gazetteers or the Factbook's divisions (those win, with their canonical IDs), not
    containing a curated name ("President Ilham Aliyev"), not starting with a title word.
The file is deliberately not read by the name tagger's lexicon (which takes only the `*.tsv`
directly in gazetteers/): the tagger is trained on these same corpora, and a feature that fires on
every training name would be trusted far more than it deserves on new text.

Usage: python3 Ontology/scripts/harvest_corpus_names.py [--data ../shared/data]
"""
import argparse, collections, csv, gzip, io, os, re, sys, unicodedata

import conll  # this folder's shared CoNLL reader

MIN_COUNT = 2        # one-word names: tagged at least twice
MIN_COUNT_MULTI = 1  # names of several words: once is enough
TYPE_SHARE = 0.9
TAGGED_SHARE = 0.6
CLASSES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
KINDS = {"PER": "person", "LOC": "place", "ORG": "org"}


# The characters of a listed name: letters, digits, spaces and the punctuation of company and team names.
NAME_CHARACTERS = re.compile(r"[\w .,'&()/-]+")


def conll_sentences(path):
    """(token, tag) of each line of each sentence of a CoNLL file."""
    return ([(columns[0], columns[-1]) for columns in sentence] for sentence in conll.sentences(path))


def gmb_sentences(path, train_fraction=0.9):
    # GMB's org tags are too noisy to trust (people, events and phrases tagged org); persons and
    # geographical names are kept.
    mapping = {"per": "PER", "geo": "LOC"}
    sentences, sentence = [], []
    with gzip.open(path, "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"))
        next(reader)
        for row in reader:
            if len(row) < 4:
                continue
            if row[0].startswith("Sentence:") and sentence:
                sentences.append(sentence)
                sentence = []
            tag = row[3]
            if tag != "O":
                prefix, _, kind = tag.partition("-")
                tag = (prefix + "-" + mapping[kind]) if kind in mapping else "O"
            # GMB joins the words of a few multi-word tokens with "~" ("El~Paso").
            sentence.append((row[1].replace("~", " "), tag))
    if sentence:
        sentences.append(sentence)
    cut = len(sentences) - int(round(len(sentences) * (1 - train_fraction)))
    return sentences[:cut]


def spans(sentence):
    """(start, end, type) of entity spans; accepts IOB1 and IOB2."""
    result, start, kind = [], None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        prefix, _, t = tag.partition("-")
        if tag == "O" or prefix == "B" or t != kind:
            if start is not None and kind in CLASSES:
                result.append((start, i, kind))
            start, kind = (i, t) if tag != "O" else (None, None)
    return result


def detokenized(words):
    """Tokens joined as written: no space before , . ) 's or after (."""
    text = ""
    for word in words:
        if text and not (word in {",", ".", ")", "'s", "'"} or text.endswith("(")):
            text += " "
        text += word
    return text


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def title_words(patterns_dir):
    """Lower-cased words of the titles written before names ("President", "Foreign Minister")."""
    words = set()
    for line in open(os.path.join(patterns_dir, "titles.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        words.update(line.split("\t")[0].lower().split())
    # "Chief of the General Staff": the little words inside a title start many names ("The Oval").
    return words - {"the", "of", "and", "for", "de", "del", "la", "el", "al"}


def contains_curated(name, curated):
    """Whether a run of two or more words of `name` is a curated name ("President Ilham Aliyev")."""
    words = name.lower().split(" ")
    for length in range(2, len(words)):
        for start in range(len(words) - length + 1):
            if " ".join(words[start:start + length]) in curated:
                return True
    return False


# Head words that end names of other things too ("West Bank", "King Air", "Wagner Group"): they type no name.
# (The same as TaggerStage.ambiguousHeads, which types the tagger's organizations so.)
AMBIGUOUS_HEADS = {"Air", "Group", "Popular", "Standard", "Post", "International", "Watch", "Times", "Bank", "Service", "Aviation"}
# Heads that make any name an organization's, even one a corpus tags as a place ("Likud Party").
STRONG_HEADS = {"Party", "Ministry", "Airlines", "Airways"}


def head_classes(patterns_dir):
    """Organization head words that end a name (org-heads.tsv, position end or both), with the class they give,
    when it is narrower than Organization."""
    classes = {}
    with open(os.path.join(patterns_dir, "org-heads.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 3 or fields[2] == "start":
                continue
            if fields[1] != "Organization" and fields[0] not in AMBIGUOUS_HEADS:
                classes.setdefault(fields[0], fields[1])
    return classes


def curated_names(gazetteer_dir):
    """The lower-cased names of the gazetteers directly in `gazetteer_dir` and of the Factbook's divisions."""
    names = set()
    files = [os.path.join(gazetteer_dir, name) for name in os.listdir(gazetteer_dir)]
    divisions = os.path.join(gazetteer_dir, "divisions")
    if os.path.isdir(divisions):
        files += [os.path.join(divisions, name) for name in os.listdir(divisions)]
    for path in files:
        if not path.endswith(".tsv"):
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            for value in [fields[2]] + [a for a in fields[3].split("|") if a] + [d for d in fields[4].split("|") if d]:
                names.add(value.lower())
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "data"))
    args = parser.parse_args()
    ontology = os.path.dirname(here)
    sentences = list(conll_sentences(os.path.join(args.data, "conll2003", "eng.train")))
    conll_count = len(sentences)
    sentences += gmb_sentences(os.path.join(args.data, "gmb-entity-annotated-corpus", "ner_dataset.csv.gz"))

    tagged = collections.defaultdict(collections.Counter)  # name -> type -> count
    tokens_of = {}  # name -> its tokens, as first tagged
    lower_words = set()
    from_gmb = collections.Counter()
    for index, sentence in enumerate(sentences):
        for word, _ in sentence:
            if word[:1].islower():
                lower_words.add(word)
        for start, end, kind in spans(sentence):
            words = [w for w, _ in sentence[start:end]]
            name = detokenized(words)
            if name.isupper() and len(name) > 4:
                continue  # headline capitals: the mixed-case form is what gets listed
            tagged[name][kind] += 1
            tokens_of.setdefault(name, words)
            if index >= conll_count:
                from_gmb[name] += 1

    def enough(name, counts):
        # GMB alone (noisier) must attest a name at least twice.
        total = sum(counts.values())
        minimum = MIN_COUNT_MULTI if " " in name else MIN_COUNT
        return total >= minimum and (total - from_gmb[name] >= minimum or from_gmb[name] >= 2)
    candidates = {n for n, c in tagged.items() if enough(n, c)}
    # Occurrences of each candidate as a token sequence, tagged or not.
    by_first = collections.defaultdict(list)
    for name in sorted(candidates):
        by_first[tokens_of[name][0]].append(tokens_of[name])
    occurrences = collections.Counter()
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for i, word in enumerate(words):
            for candidate in by_first.get(word, ()):
                if words[i:i + len(candidate)] == candidate:
                    occurrences[detokenized(candidate)] += 1

    curated = curated_names(os.path.join(ontology, "gazetteers"))
    titles = title_words(os.path.join(ontology, "patterns"))
    heads = head_classes(os.path.join(ontology, "patterns"))
    rows, seen_ids = [], set()
    for name in sorted(candidates):
        counts = tagged[name]
        kind, top = counts.most_common(1)[0]
        total = sum(counts.values())
        if top / total < TYPE_SHARE or total / max(1, occurrences[name]) < TAGGED_SHARE:
            continue
        if len(name) < 2 or not name[:1].isupper() or any(ch.isdigit() for ch in name):
            continue
        if not NAME_CHARACTERS.fullmatch(name) or name.endswith("-"):
            continue  # a quotation mark or a cut word tagged with the name ('China "', "Hafez al-")
        if " " not in name and name.lower() in lower_words:
            continue
        if name.lower() in curated or contains_curated(name, curated):
            continue
        if name.split(" ")[0].lower() in titles:
            continue  # "President X", "Gen. Y": the title is not part of the name
        key = slug(name)
        if not key:
            continue
        # "Bangladesh Nationalist Party" is a political party, as its head word says.
        last = name.split(" ")[-1]
        if " " in name and last in heads and (kind == "ORG" or last in STRONG_HEADS):
            kind, cls = "ORG", heads[last]
        else:
            cls = CLASSES[kind]
        node_id = f"{KINDS[kind]}/{key}"
        if node_id in seen_ids:
            continue
        seen_ids.add(node_id)
        rows.append(f"{node_id}\t{cls}\t{name}\t\t\t\tsource=corpus")

    out = os.path.join(ontology, "gazetteers", "corpus", "names.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# NewsGraph gazetteer: names harvested from the training parts of open NER corpora\n")
        f.write("# generated by Ontology/scripts/harvest_corpus_names.py -- do not edit by hand\n")
        f.write(f"# sources: CoNLL-2003 eng.train ({conll_count} sentences; Reuters RCV1 1996, research-use agreement);\n")
        f.write(f"#          GMB ner_dataset.csv.gz first 90% ({len(sentences) - conll_count} sentences; VOA news, research use), per and geo tags only\n")
        f.write("# only names (facts) are taken from these corpora, never their text\n")
        f.write(f"# kept: tagged >= {MIN_COUNT} times (one word) or {MIN_COUNT_MULTI} (several), one type in >= {TYPE_SHARE:.0%}, tagged in >= {TAGGED_SHARE:.0%} of occurrences,\n")
        f.write("#       not a lower-case word, not in or around a curated name, no title first; not read by the tagger's lexicon\n")
        f.write("# typed by the head word that ends a name of several words (patterns/org-heads.tsv): \"… Party\" is a PoliticalParty\n")
        f.write("# columns: id<TAB>type<TAB>label<TAB>aliases(|)<TAB>demonyms<TAB>partOf<TAB>attributes(key=value;...)\n")
        for row in rows:
            f.write(row + "\n")
    print(f"{len(rows)} names written to {os.path.relpath(out)}", file=sys.stderr)
    print(collections.Counter(r.split("\t")[1] for r in rows), file=sys.stderr)


if __name__ == "__main__":
    main()
