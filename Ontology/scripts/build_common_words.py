#!/usr/bin/env python3
"""Builds Ontology/patterns/common-words.txt: lower-case English words that news writes far more often as
ordinary words than as a name on their own ("heart", "fire", "coast", "security", "race").

The entity stage drops a node that is only such a word, capitalized, met once in an article and found by no
gazetteer: "Coast" from "Coast guard rescuers …", "Fire" from "Fire and Rescue NSW", "Race" from a title-case
headline ("… Mayor's Race"). A real name that is also a common word ("Bush", "Rice", "Shell") is written
alone as an entity in the corpora often enough to stay off the list.

Sources (the training parts only; the dev parts eng.testa and the GMB's last tenth are not read):
  - CoNLL-2003 eng.train (Reuters RCV1, research use; ../shared/data/conll2003/SOURCE.md);
  - the GMB-derived Entity Annotated Corpus, its first 90% of sentences (Voice of America newswire;
    ../shared/data/gmb-entity-annotated-corpus/SOURCE.md).
Only counts of words leave the corpora: the list holds no text of theirs.

A word is listed when, over both corpora:
  1. it is written in lower case (letters only, at least three) at least MIN_LOWER times, and
  2. a gold entity of that one word alone (any type, capitalized) occurs at most once per ALONE_RATIO
     lower-case uses;
  3. it is no compass word ("northwest", "southwest" name regions alone: Cameroon's Northwest Region).

Output: sorted, one word per line after a header, byte-identical between runs. Python 3 standard library
only. Run from the repository root: python3 Ontology/scripts/build_common_words.py [--data ../shared/data]
"""
import argparse
import csv
import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conll  # noqa: E402

MIN_LOWER = 8
ALONE_RATIO = 10
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northern", "southern", "eastern", "western"}
# The GMB's tags as CoNLL's families; its other tags (tim, art, eve, nat) count as MISC entities.
GMB_FAMILIES = {"per": "PER", "geo": "LOC", "gpe": "LOC", "org": "ORG"}

HEADER = """# Lower-case words news writes far more often as ordinary words than as a name alone, one per line.
# A node that is only such a word, capitalized, met once and found by no gazetteer is dropped ("Coast" from
# "Coast guard rescuers"). Built by Ontology/scripts/build_common_words.py from word counts of CoNLL-2003
# eng.train (Reuters RCV1, research use) and the first 90% of the GMB-derived Entity Annotated Corpus (Voice of
# America newswire); see ../shared/data/*/SOURCE.md. Do not edit by hand: change the script and rebuild.
"""


def iob2(tags):
    """IOB1 or IOB2 tags as IOB2."""
    out, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def count(words, tags, lower, alone):
    """Adds one sentence's lower-case words and one-word entities to the counters."""
    for index, (word, tag) in enumerate(zip(words, tags)):
        if word.isalpha() and word.islower():
            lower[word] += 1
        if tag == "O" or not word[:1].isupper():
            continue
        starts = tag.startswith("B-")
        ends = index + 1 == len(tags) or tags[index + 1] != "I-" + tag[2:]
        if starts and ends:
            alone[word.lower()] += 1


def gmb_sentences(path):
    """(words, IOB2 tags with CoNLL families) of the GMB file's sentences; the truncated last one is dropped."""
    sentences, words, tags = [], [], []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        for row in reader:
            if row[0].startswith("Sentence:") and words:
                sentences.append((words, tags))
                words, tags = [], []
            words.append(row[1])
            tag = row[3]
            tags.append("O" if tag == "O" else tag[:2] + GMB_FAMILIES.get(tag[2:], "MISC"))
    return sentences  # the last, truncated sentence is still in `words` and left out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    data = Path(args.data)
    lower, alone = Counter(), Counter()
    for sentence in conll.sentences(data / "conll2003" / "eng.train"):
        count([columns[0] for columns in sentence], iob2([columns[-1] for columns in sentence]), lower, alone)
    gmb = gmb_sentences(data / "gmb-entity-annotated-corpus" / "ner_dataset.csv.gz")
    for words, tags in gmb[:int(len(gmb) * 0.9)]:
        count(words, tags, lower, alone)
    words = sorted(word for word, uses in lower.items()
                   if uses >= MIN_LOWER and len(word) >= 3 and alone[word] * ALONE_RATIO <= uses and word not in COMPASS)
    output = Path(__file__).resolve().parent.parent / "patterns" / "common-words.txt"
    output.write_text(HEADER + "".join(word + "\n" for word in words), encoding="utf-8")
    print(f"{output}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
