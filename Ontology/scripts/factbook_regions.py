"""First-level administrative divisions of every country, read from the CIA World Factbook.

Used by build_gazetteers.py (Python 3 standard library only; deterministic).  Source, under --data:
  factbook-government-2026/factbook-government.jsonl.gz   CIA World Factbook, final edition (2026-01-22),
                                                          public domain (US government work); mirror CC0 1.0

The Factbook's "Administrative divisions" field lists each country's provinces, states, regions,
governorates, departments... as text: a header ("34 provinces (welayat, ...);"), then the names, comma-
or semicolon-separated, some with another name in parentheses ("Jawa Tengah (Central Java)") and asterisks
that point to a note.  Some countries list several kinds under bold or italic labels ("provinces:",
"chartered cities:").  This module turns that text into (country ISO3, kind, name, other names) rows.

A name is left out when it could read as something else in running text (see `usable`): a one-word name
that is an English word (it occurs in lower case in the CoNLL-2003 training text), a common first name or
surname, a name made only of compass and generic words ("North Central", "Capital"), a name the CoNLL-2003
training text reads more often as another kind of name (the English counties are cricket teams there), a
name better known as something else (BETTER_KNOWN_ELSEWHERE), and any name another gazetteer entry
already holds (a country, a city, a curated region).  The kinds that are cities or
municipalities are left out too: cities.tsv holds the cities.
"""
import gzip
import html
import json
import os
import re

SOURCE = os.path.join("factbook-government-2026", "factbook-government.jsonl.gz")

# Factbook GEC codes whose internet code does not give the ISO alpha-2 code.
GEC_TO_ALPHA2 = {"uk": "GB", "kv": "XK"}

# Block labels whose names are cities, towns or municipalities (cities.tsv holds those) or not divisions.
CITY_KINDS = ("cit", "municipal", "town", "urban", "capital district", "borough", "metropolitan district",
              "unitary authorit", "district council", "london", "localit", "geographical unit", "no first-order")

# Divisions whose name news uses mostly for something else that the gazetteers do not hold, with what.
BETTER_KNOWN_ELSEWHERE = {"Canterbury": "the English city", "Santa Barbara": "the Californian city",
                          "Fars": "Iran's Fars news agency"}

# Words that make no name on their own, alone or together ("North Central", "Capital", "Western Area").
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle",
    "upper", "lower", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "capital",
    "coast", "coastal", "island", "islands", "region", "province", "district", "area", "territory",
    "federal", "national", "special", "greater", "interior", "highlands", "lowlands", "valley", "lake",
    "lakes", "mountain", "mountains", "plateau", "river", "rivers", "delta", "border", "frontier", "city",
    "gulf", "bay", "the", "of", "and", "de", "del", "la", "el", "al", "an", "as", "ad", "ar",
}


def _clean(text):
    """The field's text without tags and entities, one space between words."""
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def _blocks(text):
    """(label, names text) of each block of the field: a bold or italic label before its list, or the
    header before the first semicolon."""
    raw = re.sub(r"<br\s*/?>", "\n", text)
    out = []
    for block in re.split(r"\n\s*\n", raw):
        labelled = re.match(r"\s*<(strong|em)>([^<]*?):?\s*</\1>:?\s*(.*)$", block, re.S)
        if labelled and labelled.group(2).strip():
            out.append((_clean(labelled.group(2)).strip().lower(), _clean(labelled.group(3))))
            continue
        plain = _clean(block).strip()
        if ";" in plain:
            header, names = plain.split(";", 1)
            out.append((header.lower(), names))
    return out


def _split_names(text):
    """The names of a list, split on commas and semicolons outside parentheses."""
    names, depth, current = [], 0, ""
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        if c in ",;" and depth == 0:
            names.append(current)
            current = ""
        else:
            current += c
    names.append(current)
    return names


def _parse_name(raw):
    """(name, other names) of one list item, or None for no name ("and 1 territory*", notes)."""
    item = re.sub(r"\s+", " ", raw).strip().strip(".").strip()
    item = re.sub(r"^and ", "", item)
    others = []
    for inner in re.findall(r"\(([^()]*)\)", item):
        for other in re.split(r"\s*(?:,|/| or )\s*", inner):
            other = other.strip().strip("*").strip()
            if other and not re.search(r"(?i)arabic|kurdish|english|french|spanish|singular|plural|formerly|since|\d",
                                       other):
                others.append(other)
    # "Batys Qazaqstan [West Kazakhstan]": a name in brackets is the English one, which news writes, when it has two
    # words or a hyphen; one word may be the seat instead ("Birkaland [Tampere]", "Toshkent Viloyati [Nurafshon]")
    # and is dropped. Beside brackets, the name in parentheses is the seat ("Zabaykalsk [Transbaikal] (Chita)"), a
    # city's name: dropped too.
    english = [inner.strip() for inner in re.findall(r"\[([^\[\]]*)\]", item) if " " in inner.strip() or "-" in inner]
    if "[" in item:
        others = []
    name = re.sub(r"\[[^\[\]]*\]|\([^()]*\)", " ", item)
    name = re.sub(r"\s+", " ", name.replace("*", "").replace("/", "-")).strip().strip("'").strip()
    if " or " in name:
        name, *rest = name.split(" or ")
        others = rest + others
    if not name or re.search(r"\d|:|\bnote\b", name) or len(name) > 40 or not name[0].isupper():
        return None
    if english:
        name, others = english[0], [name] + others
    return name, [o for o in others if o != name and o[0].isupper() and len(o) <= 40]


def read_divisions(data):
    """[(ISO alpha-2, kind, name, [other names])] in file order; [] when the Factbook file is missing."""
    path = os.path.join(data, SOURCE)
    if not os.path.exists(path):
        return []
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            internet = (record.get("Internet country code") or {}).get("text", "")
            code = re.match(r"\s*\.([a-z]{2})\b", internet)
            alpha2 = GEC_TO_ALPHA2.get(record["gec"]) or (code.group(1).upper() if code else None)
            field = ((record.get("Government") or {}).get("Administrative divisions") or {}).get("text", "")
            if not alpha2 or not field:
                continue
            for label, names in _blocks(field):
                if any(k in label for k in CITY_KINDS) and "province" not in label and "state" not in label:
                    continue
                kind = re.sub(r"^[\d\s]+", "", label).split(" (")[0].split(" and ")[0].strip()
                for raw in _split_names(names):
                    parsed = _parse_name(raw)
                    if parsed:
                        rows.append((alpha2, kind, parsed[0], parsed[1]))
    return rows


def english_words(data):
    """Lower-case words that occur in lower case at least twice in the CoNLL-2003 training text."""
    counts = {}
    path = os.path.join(data, "conll2003", "eng.train")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            word = line.split(" ", 1)[0]
            if word.isalpha() and word.islower():
                counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if n >= 2}


def corpus_readings(data):
    """How the CoNLL-2003 training text tags names: {name: {type: count}} for every whole name (a run of
    tokens with one entity tag), and {word: {type: count}} for the words inside longer names."""
    whole, inside = {}, {}
    path = os.path.join(data, "conll2003", "eng.train")
    if not os.path.exists(path):
        return whole, inside

    def close(run):
        if not run:
            return
        kind = run[0][1]
        counts = whole.setdefault(" ".join(w for w, _ in run), {})
        counts[kind] = counts.get(kind, 0) + 1
        if len(run) > 1:
            for word, _ in run:
                counts = inside.setdefault(word, {})
                counts[kind] = counts.get(kind, 0) + 1

    run = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            tag = fields[-1] if len(fields) >= 2 else "O"
            if tag == "O" or tag.startswith("B-") or (run and run[-1][1] != tag[2:]):
                close(run)
                run = []
            if tag != "O":
                run.append((fields[0], tag[2:]))
    close(run)
    return whole, inside


def read_otherwise(form, readings):
    """Whether the training text reads the name as another kind of name more often than as a place: the
    English counties are cricket teams there ("Surrey"), "Vladimir" a first name."""
    whole, inside = readings
    counts = whole.get(form, {})
    places = counts.get("LOC", 0)
    others = sum(n for kind, n in counts.items() if kind != "LOC")
    if " " not in form:
        within = inside.get(form, {})
        others = max(others, within.get("PER", 0) + within.get("ORG", 0))
    return others > places


def usable(form, english, person_names):
    """Whether a division's name can stand as a bare surface form (see the module's documentation)."""
    words = form.replace("-", " ").split()
    lowered = [w.lower() for w in words]
    if all(w in GENERIC_WORDS for w in lowered) or form in BETTER_KNOWN_ELSEWHERE:
        return False
    if len(words) == 1 and (lowered[0] in english or form in person_names or len(form) < 3):
        return False
    return True


def singular(kind):
    """The kind of a block's label as a singular noun ("two-tier counties" -> "county")."""
    words = kind.split(",")[0].split(" - ")[-1].split()
    word = words[-1] if words else "region"
    for plural, one in (("ies", "y"), ("shes", "sh"), ("ches", "ch"), ("s", "")):
        if word.endswith(plural):
            return word[: len(word) - len(plural)] + one
    return word


ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|An|Ar|As|Ash|At|Az|Ath|Adh)[ -](?=[A-Z'])")
KIND_WORDS = re.compile(r"\b(?:province|region|state|oblast|governorate|prefecture|county|district|department|"
                        r"autonomous|republic|krai|kray|respublika|oblast'|muhafazat|city)\b")


def loose_key(form, fold):
    """A key under which two spellings of one division meet: folded, lower case, without an Arabic article
    or a word for the kind of division ("Al Anbar", "Anbar Province" -> "anbar")."""
    form = ARABIC_ARTICLE.sub("", fold(form)).lower()
    return re.sub(r"[^a-z0-9]", "", KIND_WORDS.sub(" ", form))


def build(data, countries_by_alpha2, taken, existing, english, person_names, make_entry, slug, fold, note):
    """Region entries for the Factbook's divisions that no other entry names.

    `taken` is {surface form: id} of every other gazetteer entry (countries, cities, curated regions and
    places, people, organizations); `make_entry(id, label, iso3)` makes an entry; `note` records a build note.
    A division whose name is taken, or that is not `usable`, is left out; another name of it that is taken
    or not usable is dropped; a name two divisions share is left out of both.  Names are compared with
    their diacritics folded (`fold`), as the gazetteer adds folded variants.  `existing` is [(ISO3, form)] of
    the curated entries in countries: a division whose name or other name meets one of them under
    `loose_key` is that entry ("Al Anbar" is the curated "Anbar") and is left out too.  A name with an Arabic
    article also comes without it ("Al Hudaydah", "Hudaydah") when that is usable and free."""
    rows = read_divisions(data)
    shared = {}
    for alpha2, _, name, others in rows:
        for form in {name, *others}:
            shared.setdefault(fold(form), []).append((alpha2, name))
    taken = dict(taken)
    for form, id_ in list(taken.items()):
        taken.setdefault(fold(form), id_)

    known = {(iso3, loose_key(form, fold)) for iso3, form in existing}
    readings = corpus_readings(data)

    def left_out(form):
        return (fold(form) in taken or form in taken or len(shared[fold(form)]) > 1 or not usable(form, english, person_names)
                or read_otherwise(form, readings))

    entries, ids = [], set()
    for alpha2, kind, name, others in rows:
        iso3 = countries_by_alpha2.get(alpha2)
        if not iso3:
            note("factbook: no country for %s (%s)" % (alpha2, name))
            continue
        if any((iso3, loose_key(form, fold)) in known for form in [name, *others]):
            note("factbook: %s division %r left out (a curated entry)" % (iso3, name))
            continue
        if left_out(name):
            note("factbook: %s division %r left out (another entry's name, shared or ambiguous)" % (iso3, name))
            continue
        id_ = "region/" + slug(name)
        if id_ in ids or any(e == id_ for e in taken.values()):
            id_ = "region/%s-%s" % (slug(name), iso3.lower())
        if id_ in ids:
            note("factbook: %s division %r repeated" % (iso3, name))
            continue
        ids.add(id_)
        entry = make_entry(id_, name, iso3)
        bare = ARABIC_ARTICLE.sub("", name)
        if bare != name and len(bare) >= 4 and fold(bare) not in shared:
            shared[fold(bare)] = [(alpha2, name)]
            others = others + [bare]
        for other in others:
            if left_out(other):
                note("factbook: %s: other name %r dropped" % (id_, other))
            else:
                entry.add_alias(other)
        entry.set_attr("kind", singular(kind))
        entry.set_attr("source", "factbook")
        entries.append(entry)
    return entries
