#!/usr/bin/env python3
"""Build the place gazetteers and the schema tables of the NewsGraph ontology.

Writes  Ontology/gazetteers/countries.tsv
        Ontology/gazetteers/cities.tsv
        Ontology/gazetteers/regions.tsv
        Ontology/gazetteers/places.tsv
        Ontology/schema/classes.tsv
        Ontology/schema/relations.tsv

Python 3 standard library only.  Deterministic: the same inputs give byte-identical outputs.

Inputs (under --data, default ../shared/data relative to the repository root):
  countries-mledoze/countries.json        mledoze/countries, ODbL 1.0
  countryinfo/CountryInfo.120116.txt      CountryInfo.txt, Philip A. Schrodt, CC BY-SA 3.0
  us-census-1990-names/dist.*.first       US Census 1990 first names (public domain), used only to
                                          flag city names that are also common first names
  factbook-government-2026/               CIA World Factbook, final edition (public domain): the first-level
                                          administrative divisions of every country (factbook_regions.py)
  conll2003/eng.train                     CoNLL-2003 training text, used only to leave out divisions whose
                                          name is an English word or mostly another kind of name there
plus the hand-curated tables next to this script (compiled by the NewsGraph developers):
  countries-curated.tsv   labels, extra aliases/demonyms, forms to drop
  cities-curated.tsv      newsworthy cities with aliases
  regions-curated.tsv     regions / provinces / states
  ci-exclusions.tsv       CountryInfo city names that are not used (historic names, sights, typos...)
  places-curated.tsv      seas, straits, canals, rivers, lakes, mountains, deserts, islands, crossings,
                          border lines, continents, macro-regions and disputed territories (7 columns)
The people and organization gazetteers (gazetteers/people.tsv, organizations.tsv, from
build_people_orgs.py) are read, if present, only to check that no place name is one of theirs.

Usage:  python3 Ontology/scripts/build_gazetteers.py [--data DIR] [--out DIR]

The script fails (exit status 1) when a surface form would name two entries, when a reference does
not resolve, or when a city name is a common first name / English word that is not explicitly allowed.
A place name that is also a name in people.tsv or organizations.tsv fails too, unless PLACE_FORM_SKIP
lists it (then it is dropped from the place, with a build note).
"""
import argparse
import json
import os
import re
import sys
import textwrap
import unicodedata

import factbook_regions

HERE = os.path.dirname(os.path.abspath(__file__))
ONTOLOGY = os.path.dirname(HERE)
REPO = os.path.dirname(ONTOLOGY)

NOTES = []  # build notes (printed to stderr with --verbose)


def note(msg):
    NOTES.append(msg)


class BuildError(Exception):
    pass


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
_FOLD_EXTRA = {
    "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "ə": "e", "Ə": "E", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "'", "‘": "'", "ʻ": "'",
    "ʼ": "'", "–": "-", "—": "-",
}


def fold(s):
    """Fold diacritics to ASCII (keeps case and punctuation)."""
    s = "".join(_FOLD_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    """lowercase ASCII, diacritics folded, every run of non-alphanumerics -> '-'."""
    s = fold(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def key(s):
    """Loose comparison key: folded, lower case, letters and digits only."""
    s = re.sub(r"\b(saint|st\.?)[\s-]", "st ", fold(s).lower())
    return re.sub(r"[^a-z0-9]", "", s)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


_PARTICLES = {"of", "the", "and", "de", "da", "do", "dos", "das", "del", "la", "le", "les", "du",
              "des", "y", "e", "i", "upon", "on", "am", "an", "der", "den", "es", "au", "aux", "na", "ez"}


def _cap(w):
    return w[:1].upper() + w[1:].lower()


def _title_word(w, first):
    if not first and w.lower() in _PARTICLES:
        return w.lower()
    if "'" in w:
        parts = w.split("'")
        out = []
        for i, p in enumerate(parts):
            if i == 0:
                if len(p) == 1 and not first and p.lower() in ("d", "l"):
                    out.append(p.lower())          # Cote d'Ivoire
                else:
                    out.append(_cap(p))
            elif len(parts[i - 1]) == 1:
                out.append(_cap(p))                  # N'Djamena, d'Ivoire
            else:
                out.append(p.lower())                # Nuku'alofa, Sana'a, Xi'an
        return "'".join(out)
    if "-" in w:
        sub = w.split("-")
        return "-".join(_cap(p) if (j == 0 or p.lower() not in _PARTICLES) else p.lower()
                        for j, p in enumerate(sub))
    return _cap(w)


def title_ci(name):
    """CountryInfo TABARI form (UPPER_CASE_ joined by _) -> Title Case text."""
    s = name.replace("\ufffd", "").strip().strip("_").replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    words = s.split(" ")
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(words))


def split_list(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > ncols:
                raise BuildError("%s:%d: %d columns, expected at most %d" % (path, n, len(cols), ncols))
            cols += [""] * (ncols - len(cols))
            rows.append([c.strip() for c in cols])
    return rows


# ---------------------------------------------------------------------------
# curated policy tables (small ones; the big ones are the *.tsv files)
# ---------------------------------------------------------------------------
# ISO codes used as words in news prose.  All other 2- and 3-letter codes are dropped from aliases.
CODE_WHITELIST = {"US", "USA", "UK", "UAE", "DRC", "DPRK", "PRC", "ROK", "TRNC", "FYROM", "BVI", "USVI", "HKSAR"}

# mledoze cca3 -> id code used here (Kosovo: mledoze "UNK", EU/IMF "XKX").
ISO3_FIX = {"UNK": "XKX"}

# Words that may appear in a formal English country name besides the common name itself
# ("Republic of Croatia", "Kingdom of the Netherlands").  A mledoze altSpelling or CountryInfo
# <Nationality> entry is used as an alias only if it contains the common name and otherwise only
# these words; everything else (misspellings, foreign-language names, nicknames) is dropped.
FORMAL_WORDS = {
    "republic", "kingdom", "state", "states", "of", "the", "and", "democratic", "people's", "peoples",
    "islamic", "socialist", "federal", "federation", "federative", "united", "union", "commonwealth",
    "principality", "grand", "duchy", "sultanate", "arab", "independent", "sovereign", "plurinational",
    "bolivarian", "oriental", "co-operative", "cooperative", "hashemite", "confederation", "territory",
    "islands", "island", "collectivity", "department", "bailiwick", "nation", "special",
    "administrative", "region", "most", "serene", "great", "northern", "america", "abode", "peace",
}

# Demonyms used by more than one mledoze entry: owner, or None = on neither.
DEMONYM_OWNER = {
    "Congolese": "COD",          # DR Congo is the usual referent in news; Republic of Congo gets none
    "Dominican": "DOM",          # Dominican Republic, not Dominica
    "Dominicans": "DOM",
    "American": "USA", "Americans": "USA",                     # not Northern Mariana Islands
    "French": "FRA",                                            # not French Southern Lands
    "Dutch": "NLD",                                             # not Caribbean Netherlands
    "Norwegian": "NOR", "Norwegians": "NOR",                   # not Svalbard
    "Indian": "IND", "Indians": "IND",                         # not British Indian Ocean Territory
    "Channel Islander": None, "Channel Islanders": None,       # Guernsey and Jersey
    "Virgin Islander": None, "Virgin Islanders": None,         # British and US Virgin Islands
}

# Territories: sovereign state (attribute sovereign=country/XXX).
SOVEREIGN = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATF": "FRA", "BES": "NLD", "BLM": "FRA",
    "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL", "CUW": "NLD", "CXR": "AUS", "CYM": "GBR",
    "FLK": "GBR", "FRO": "DNK", "GGY": "GBR", "GIB": "GBR", "GLP": "FRA", "GRL": "DNK", "GUF": "FRA",
    "GUM": "USA", "HKG": "CHN", "HMD": "AUS", "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MAC": "CHN",
    "MAF": "FRA", "MNP": "USA", "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA", "NFK": "AUS",
    "NIU": "NZL", "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA", "SGS": "GBR", "SHN": "GBR",
    "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR", "TKL": "NZL", "UMI": "USA", "VGB": "GBR",
    "VIR": "USA", "WLF": "FRA",
}
# status for entries that mledoze does not flag as independent
STATUS_SPECIAL = {"PSE": "partially-recognized", "TWN": "partially-recognized",
                  "XKX": "partially-recognized", "ESH": "disputed", "ATA": "continent"}

# mledoze capital -> label used here (None: no separate city entry, the capital has the same name as
# the country/territory and a second entry would make the surface form ambiguous).
CAPITAL_OVERRIDE = {
    ("SGP", "Singapore"): None,
    ("VAT", "Vatican City"): None,
    ("GIB", "Gibraltar"): None,
    ("DJI", "Djibouti"): "Djibouti City",
    ("LUX", "Luxembourg"): "Luxembourg City",
    ("MCO", "Monaco"): "Monaco-Ville",
    ("BES", "Oranjestad"): None,          # Sint Eustatius; Aruba's capital keeps the name
    ("BES", "The Bottom"): None,          # Saba; common phrase.  Kralendijk stays the BES capital
    ("BMU", "Hamilton"): "Hamilton, Bermuda",
    ("SYC", "Victoria"): "Victoria, Seychelles",
    ("IMN", "Douglas"): "Douglas, Isle of Man",
    ("FLK", "Stanley"): "Stanley, Falkland Islands",
    ("AIA", "The Valley"): "The Valley, Anguilla",
    ("CCK", "West Island"): "West Island, Cocos Islands",
    ("NFK", "Kingston"): "Kingston, Norfolk Island",
    ("MSR", "Plymouth"): "Plymouth, Montserrat",
    ("KIR", "South Tarawa"): "South Tarawa",
    ("USA", "Washington D.C."): "Washington",
}
CAPITAL_EXTRA_ALIASES = {"Stanley, Falkland Islands": ["Port Stanley"], "South Tarawa": ["Tarawa"],
                         "Monaco-Ville": ["Monaco Ville"]}

# Same-name cities in different countries: the country whose city keeps the bare name.  The other
# city gets the label "<name>, <country label>".  Without an entry here both get qualified labels.
CITY_NAME_OWNER = {"hyderabad": "IND", "kingston": "JAM", "valencia": "ESP", "tripoli": "LBY",
                   "san-jose": "CRI"}

# City surface forms that are also common first names/surnames but are kept because the place is by far
# the more frequent referent in news.  (Checked against the Census lists by check_ambiguous().)
ALLOW_AMBIGUOUS = {
    "Paris", "Sydney", "Sofia", "Santiago", "Alexandria", "Lima", "Adelaide", "Dallas", "Denver",
    "Houston", "Milan", "Medina", "Geneva", "Alberta",
}

# Never a bare city/region surface form: capitalised common English words (Nice, Split, Reading, Mobile,
# Bath, Of, Batman, ...), well-known first names/surnames (Victoria, Charlotte, Jackson, Lincoln, Austin,
# Columbus, ...) and names shared by many places.  Such cities get a qualified label ("Nice, France").
NEVER_BARE = {
    "Nice", "Split", "Reading", "Mobile", "Bath", "Of", "Batman", "Male", "Van", "Hue", "Tyre", "Colon",
    "Moron", "Hull", "Derby", "Buffalo", "Providence", "Tamale", "Hippo", "Volta", "Tara", "Sur",
    "Natal", "Santos", "Soledad", "Rosario", "Concepcion", "Victoria", "Florence", "Charlotte",
    "Jackson", "Lincoln", "Phoenix", "Columbus", "Orlando", "Austin", "Richmond", "Constantine",
    "Salvador", "Darwin", "Kimberley", "Regina", "Hamilton", "Douglas", "Stanley", "Windsor", "York",
    "Reading", "Plymouth", "Mandeville", "Valley", "Bottom", "Canton", "Sale", "Mercedes", "Trinidad",
    "Vienne", "Chablis", "Waterloo", "Delphi", "Argos", "Actium", "Thule", "Leon", "Merida",
    "Chihuahua", "Tabasco", "Bale", "Roma", "Lyons", "Archangel", "Meshed", "Nikolaev", "Nikolayev",
}


# Places (places-curated.tsv): the classes a row may have and the id prefix of each.  Only classes that the
# name tagger's lexicon (NewsTagger, Lexicon+Loading.swift) and its combination with the rules
# (TaggerStage.conllFamily) read as locations: a new subclass such as BodyOfWater would count as an
# organization there.  The finer kind is the kind= attribute.
PLACE_TYPES = {"Place": "place", "Region": "region"}

# Allowed values of kind= in places-curated.tsv (a typo fails the build).
PLACE_KINDS = {
    "ocean", "ocean-region", "sea", "sea-region", "gulf", "bay", "harbor", "sound", "strait", "channel",
    "passage", "gap", "shipping-route", "canal", "waterway", "river", "estuary", "delta", "basin", "lake",
    "lake-system", "reservoir", "mountain-range", "mountain", "volcano", "plateau", "holy-site", "desert",
    "depression", "valley", "canyon", "peninsula", "spit", "cape", "island", "islands", "islets", "archipelago",
    "reef", "shoal", "rainforest", "forest", "wetland", "plain", "national-park", "protected-area", "glacier",
    "fault", "tectonic-zone", "pass", "corridor", "crossing", "buffer-zone", "border-line", "claim-line",
    "line-of-latitude", "continent", "supranational", "polar-region", "pole", "hemisphere", "region",
    "territory", "breakaway", "autonomous-region",
}

# A generic last word that outlets write in either case ("Korean Peninsula" / "Korean peninsula", "Rafah
# Crossing" / "Rafah crossing"): a place form ending in one gets a twin with the word in lower case.
PLACE_GENERIC_HEADS = {
    "River", "Crossing", "Peninsula", "Delta", "Basin", "Valley", "Corridor", "Desert", "Mountains",
    "Rainforest", "Gap", "Pass", "Canal", "Strait", "Straits", "Plateau", "Glacier", "Reservoir", "Islands",
    "Island",
}

# Place forms that are also names in people.tsv / organizations.tsv and are dropped from the place (form ->
# reason).  Any other such collision fails the build.
PLACE_FORM_SKIP = {}


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------
def load_mledoze(data):
    path = os.path.join(data, "countries-mledoze", "countries.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    out = {}
    for c in rows:
        code = ISO3_FIX.get(c["cca3"], c["cca3"])
        out[code] = c
    return out


CI_NAME_FIX = {"JERSEY": "JEY", "MAYOTTE": "MYT", "SAINT_BARTHELEMY": "BLM", "KOSOVO": "XKX",
               "SERBIA_AND_MONTENEGRO": "SRB", "TIMOR_LESTE": "TLS", "ISLE_OF_MAN": "IMN"}


def load_countryinfo(data, known):
    """Returns {iso3: {"name", "nationality", "capital", "cities"}} for blocks that map to a known code."""
    path = os.path.join(data, "countryinfo", "CountryInfo.120116.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read().replace("\x00", "")
    text = text[text.index("-->") + 3:]
    blocks = re.findall(r"^<Country>\s*$(.*?)^</Country>", text, re.S | re.M)
    out = {}
    for b in blocks:
        def tag(t):
            m = re.search(r"<%s>(.*?)</%s>" % (re.escape(t), re.escape(t)), b, re.S)
            return m.group(1) if m else ""

        def lines(t):
            res = []
            for ln in tag(t).split("\n"):
                ln = ln.split("#")[0].strip()
                if ln:
                    res.append(ln)
            return res
        name = tag("CountryName").strip()
        code = tag("CountryCode").strip()
        iso = tag("ISO3166-alpha3").strip()
        c3 = CI_NAME_FIX.get(name)
        if not c3:
            if re.fullmatch(r"[A-Z]{3}", code) and code in known:
                c3 = code
            elif re.fullmatch(r"[A-Z]{6}", code) and code[3:] in known:
                c3 = code[3:]
            elif iso in known:
                c3 = iso
        if not c3:
            note("CountryInfo block %r (%s) not mapped to a country; skipped" % (name, code or "-"))
            continue
        rec = out.setdefault(c3, {"name": [], "nationality": [], "capital": [], "cities": []})
        rec["name"].append(name)
        rec["nationality"] += lines("Nationality")
        rec["capital"] += lines("Capital")
        rec["cities"] += lines("MajorCities")
    return out


def load_first_names(data, min_freq=0.05):
    names = set()
    for fn in ("dist.male.first", "dist.female.first"):
        path = os.path.join(data, "us-census-1990-names", fn)
        if not os.path.exists(path):
            note("missing %s: first-name check skipped" % path)
            continue
        with open(path, encoding="utf-8") as f:
            for ln in f:
                p = ln.split()
                if len(p) >= 2 and float(p[1]) >= min_freq:
                    names.add(p[0].capitalize())
    return names


# ---------------------------------------------------------------------------
# entries
# ---------------------------------------------------------------------------
class Entry:
    def __init__(self, id_, type_, label, part_of="", country=""):
        self.id = id_
        self.type = type_
        self.label = label
        self.aliases = []
        self.demonyms = []
        self.part_of = part_of
        self.country = country           # ISO3 (cities/regions)
        self.attrs = []                  # list of (k, v), kept in insertion order

    def add_alias(self, a):
        a = a.strip()
        if a and a != self.label and a not in self.aliases:
            self.aliases.append(a)

    def add_demonym(self, d):
        d = d.strip()
        if d and d not in self.demonyms:
            self.demonyms.append(d)

    def set_attr(self, k, v):
        self.attrs = [(kk, vv) for kk, vv in self.attrs if kk != k] + [(k, v)]

    def surface_forms(self):
        return [self.label] + self.aliases + self.demonyms


def saint_variants(s):
    out = []
    for a, bs in (("Saint ", ("St. ", "St ")), ("St. ", ("Saint ", "St ")), ("St ", ("Saint ", "St. "))):
        if s.startswith(a):
            out += [b + s[len(a):] for b in bs]
    return out


def add_variants(e, ambiguous):
    """ASCII-folded and Saint/St./St variants of the label and aliases."""
    for form in [e.label] + list(e.aliases):
        cands = []
        if not is_ascii(form):
            cands.append(fold(form))
        cands += saint_variants(form)
        for c in cands:
            if c in ambiguous:
                note("%s: generated variant %r not added (ambiguous)" % (e.id, c))
                continue
            e.add_alias(c)
    for d in list(e.demonyms):
        if not is_ascii(d):
            e.add_demonym(fold(d))


def demonym_plural(d):
    last = d.split()[-1]
    if d in ("Ni-Vanuatu", "I-Kiribati", "Motswana", "Mosotho", "Kirghiz", "Swiss", "Malagasy"):
        return None
    if last.endswith(("ese", "ss", "sh", "ch", "x", "ois", "ais", "ic", "sy", "be", "z", "s")):
        return None
    return d + "s"


def english_formal(form, common):
    """True if form is the common name plus only formal English words (Republic of X, X Republic)."""
    f, c = fold(form), fold(common)
    if not re.search(r"(^|\s)" + re.escape(c) + r"($|\s)", f):
        return False
    rest = (" " + f + " ").replace(" " + c + " ", " ").split()
    return all(w.lower() in FORMAL_WORDS for w in rest)


def clean_form(s):
    s = s.strip()
    if s.lower().startswith("the ") and s not in ("The Hague", "The Valley, Anguilla"):
        s = s[4:]
    return s


def acceptable_text(s):
    """Latin-script text without catalogue punctuation (parentheses, inverted 'X, Republic of')."""
    if not s or any(ch in s for ch in "()[]/&\t;|\ufffd"):
        return False
    if "," in s:
        return False
    return all(unicodedata.category(ch)[0] in ("L", "Z", "M") or ch in ".'-" for ch in s) and \
        all(ord(ch) < 0x250 or ch in "’" for ch in s)


def is_code(s):
    return bool(re.fullmatch(r"[A-Z.]{2,6}", s)) and sum(ch.isalpha() for ch in s) <= 4


def build_countries(ml, ci, curated):
    countries = {}
    for code in sorted(ml):
        c = ml[code]
        cur = curated.get(code, {})
        common = c["name"]["common"]
        label = cur.get("label") or fold(common)
        e = Entry("country/" + code, "Country", label)
        e.country = code
        # --- aliases from mledoze ---
        official = c["name"]["official"]
        collected = [common] + ([official] if not re.search(r"[()]", official) else [])
        for a in c.get("altSpellings", []):
            a = clean_form(a)
            if is_code(a):
                continue
            if not is_ascii(a) and a not in (common, official) and fold(a) in (fold(common), label):
                note("country/%s: native spelling %r not used" % (code, a))
                continue
            if acceptable_text(a) and (english_formal(a, common) or english_formal(a, label)):
                collected.append(a)
            else:
                note("country/%s: mledoze altSpelling %r not used" % (code, a))
        # --- aliases and demonyms from CountryInfo ---
        ci_dem = []
        for rec_name in ci.get(code, {}).get("name", []):
            t = clean_form(title_ci(rec_name))
            if acceptable_text(t) and (english_formal(t, common) or english_formal(t, label)):
                collected.append(t)
        ml_dems = set()
        for g in ("m", "f"):
            d = (c.get("demonyms", {}).get("eng") or {}).get(g, "")
            for part in re.split(r",\s*|\s+or\s+", d):
                if part.strip():
                    ml_dems.add(part.strip())
        for raw in ci.get(code, {}).get("nationality", []):
            t = clean_form(title_ci(raw))
            if not acceptable_text(t) or is_code(t):
                continue
            if english_formal(t, common) or english_formal(t, label):
                collected.append(t)
            elif looks_like_demonym_variant(t, ml_dems):
                ci_dem.append(t)
        # --- demonyms ---
        dems = []
        for d in sorted(ml_dems):
            dems.append(d)
            p = demonym_plural(d)
            if p:
                dems.append(p)
        for d in ci_dem:
            dems.append(d)
            p = demonym_plural(d)
            if p:
                dems.append(p)
        drop = set(cur.get("drop", []))
        for a in collected:
            a = clean_form(a)
            if a in drop or not a:
                continue
            if is_code(a) and a not in CODE_WHITELIST:
                continue
            e.add_alias(a)
        for d in dems:
            if d not in drop:
                e.add_demonym(d)
        for a in cur.get("aliases", []):
            e.add_alias(a)
        for d in cur.get("demonyms", []):
            e.add_demonym(d)
        # --- attributes ---
        e.set_attr("alpha2", "XK" if code == "XKX" else c["cca2"])
        e.set_attr("alpha3", code)
        e.set_attr("official", c["name"]["official"])
        e.set_attr("region", c.get("region", ""))
        e.set_attr("subregion", c.get("subregion", ""))
        if code in STATUS_SPECIAL:
            e.set_attr("status", STATUS_SPECIAL[code])
        elif not c.get("independent"):
            e.set_attr("status", "territory")
        if code in SOVEREIGN:
            e.set_attr("sovereign", "country/" + SOVEREIGN[code])
        for k, v in cur.get("attrs", []):
            e.set_attr(k, v)
        countries[code] = e
    # shared demonyms
    owners = {}
    for code, e in countries.items():
        for d in e.demonyms:
            owners.setdefault(d, []).append(code)
    for d, codes in sorted(owners.items()):
        if len(codes) < 2:
            continue
        if d not in DEMONYM_OWNER:
            raise BuildError("demonym %r is shared by %s; add it to DEMONYM_OWNER" % (d, ", ".join(codes)))
        keep = DEMONYM_OWNER[d]
        for code in codes:
            if code != keep:
                countries[code].demonyms.remove(d)
        note("shared demonym %r (%s) -> %s" % (d, ", ".join(codes), keep or "none"))
    return countries


def looks_like_demonym_variant(t, ml_dems):
    """CountryInfo adjectival variants that differ from a mledoze demonym only in the -ian/-ean ending
    (Argentinian ~ Argentine, Belarussian ~ Belarusian, Ecuadorian ~ Ecuadorean).  Misspellings
    (Azerbajani, Isreali, Jamacian, Germen) do not share the stem and are dropped."""
    if not t.endswith(("ian", "ean")):
        return False
    for d in ml_dems:
        if t == d:
            return True
        n = 0
        while n < min(len(t), len(d)) and t[n] == d[n]:
            n += 1
        if n >= max(4, len(d) - 3) and len(t) - n <= 4:
            return True
    return False


def load_curated_countries(path):
    cur = {}
    for code, label, aliases, dems, drop, attrs in read_tsv(path, 6):
        c = cur.setdefault(code, {"label": "", "aliases": [], "demonyms": [], "drop": [], "attrs": []})
        if label:
            if c["label"]:
                raise BuildError("countries-curated.tsv: two labels for %s" % code)
            c["label"] = label
        c["aliases"] += split_list(aliases)
        c["demonyms"] += split_list(dems)
        c["drop"] += split_list(drop)
        c["attrs"] += parse_attrs(attrs)
    return cur


def parse_attrs(s):
    out = []
    for kv in (s.split(";") if s else []):
        if kv.strip():
            k, _, v = kv.partition("=")
            out.append((k.strip(), v.strip()))
    return out


# ---------------------------------------------------------------------------
# cities
# ---------------------------------------------------------------------------
def build_cities(ml, ci, countries, curated_rows, ci_excl, ambiguous_check):
    raw = []  # (iso3, label, aliases, attrs, source)
    for iso, label, aliases, attrs in curated_rows:
        if iso not in countries:
            raise BuildError("cities-curated.tsv: unknown country %r (%s)" % (iso, label))
        raw.append([iso, label, split_list(aliases), parse_attrs(attrs), "curated"])

    def find(iso, name):
        k = key(name)
        for r in raw:
            if r[0] == iso and (key(r[1]) == k or any(key(a) == k for a in r[2])):
                return r
        return None

    def find_any(name):
        k = key(name)
        for r in raw:
            if key(r[1]) == k or any(key(a) == k for a in r[2]):
                return r
        return None

    # capitals from mledoze
    capitals = {}
    for code in sorted(ml):
        for cap in ml[code].get("capital", []):
            ov = CAPITAL_OVERRIDE.get((code, cap), cap)
            if ov is None:
                note("capital %r of %s: no city entry (same name as the country or minor)" % (cap, code))
                continue
            r = find(code, ov) or find(code, cap)
            if r is None:
                r = [code, fold(ov), [], [], "mledoze-capital"]
                raw.append(r)
            # keep the mledoze spelling as an alias, unless an override replaced the bare name on purpose
            # (Hamilton -> "Hamilton, Bermuda", Djibouti -> "Djibouti City")
            if cap != r[1] and key(cap) == key(ov):
                r[2].append(cap)
            for a in CAPITAL_EXTRA_ALIASES.get(ov, []):
                r[2].append(a)
            r[3] = [kv for kv in r[3] if kv[0] != "capital"] + [("capital", "true")]
            capitals.setdefault(code, r)
    # CountryInfo capitals and major cities
    excl_any = {key(n) for n, iso in ci_excl if iso == "*"}
    excl = {(key(n), iso) for n, iso in ci_excl if iso != "*"}
    ci_added = []
    country_forms = {key(f) for e in countries.values() for f in e.surface_forms()}
    for code in sorted(ci):
        for raw_name in ci[code]["capital"] + ci[code]["cities"]:
            name = title_ci(raw_name)
            k = key(name)
            if not k or k in excl_any or (k, code) in excl:
                continue
            if find(code, name) or find_any(name):
                continue
            if k in country_forms:
                note("CountryInfo city %r (%s) has a country's name; skipped" % (name, code))
                continue
            r = [code, name, [], [], "countryinfo"]
            raw.append(r)
            ci_added.append("%s %s" % (code, name))
    for x in ci_added:
        note("CountryInfo city added as new entry: " + x)

    # same-name cities
    by_slug = {}
    for r in raw:
        by_slug.setdefault(slug(r[1]), []).append(r)
    entries = []
    for s in sorted(by_slug):
        group = by_slug[s]
        if len(group) > 1 and len({r[0] for r in group}) < len(group):
            raise BuildError("duplicate city %r within one country: %s" % (s, group))
        for r in group:
            iso, label, aliases, attrs, src = r
            if len(group) > 1:
                cid = "city/%s-%s" % (s, iso.lower())
                owner = CITY_NAME_OWNER.get(s)
                if owner != iso:
                    bare = label
                    label = "%s, %s" % (bare, countries[iso].label)
                    aliases = [a for a in aliases if key(a) != key(bare)]
                note("same-name cities %r: %s" % (s, ", ".join(sorted(x[0] for x in group))))
            else:
                cid = "city/" + s
            e = Entry(cid, "City", label, "country/" + iso, iso)
            for a in aliases:
                e.add_alias(a)
            for k, v in attrs:
                e.set_attr(k, v)
            entries.append(e)
    # capital attribute on countries
    for code, r in capitals.items():
        cid = None
        for e in entries:
            if e.country == code and dict(e.attrs).get("capital") == "true" and (
                    key(e.label) == key(r[1]) or key(e.label).startswith(key(r[1]))):
                cid = e.id
                break
        if cid:
            countries[code].attrs.insert(3, ("capital", cid))
    return entries


def build_regions(rows, countries):
    entries = []
    for iso, label, aliases, dems, attrs in rows:
        if iso and iso not in countries:
            raise BuildError("regions-curated.tsv: unknown country %r (%s)" % (iso, label))
        e = Entry("region/" + slug(label), "Region", label, ("country/" + iso) if iso else "", iso)
        for a in split_list(aliases):
            e.add_alias(a)
        for d in split_list(dems):
            e.add_demonym(d)
        for k, v in parse_attrs(attrs):
            e.set_attr(k, v)
        entries.append(e)
    return entries


def factbook_divisions(data, countries, entries, gazetteer_dir, first_names):
    """Regions for the Factbook's first-level divisions (factbook_regions.py) that no entry of `entries`,
    no country and no name of people.tsv or organizations.tsv holds, with their ASCII-folded variants."""
    taken = {}
    for e in list(countries.values()) + entries:
        for form in e.surface_forms():
            taken.setdefault(form, e.id)
        # "Cordoba, Argentina": a city's name that two cities share is no other place's either.
        if e.type == "City" and ", " in e.label:
            taken.setdefault(e.label.split(", ")[0], e.id)
    for name in ("people.tsv", "organizations.tsv"):
        for form, id_ in read_gazetteer_forms(os.path.join(gazetteer_dir, name)).items():
            taken.setdefault(form, id_)
    by_alpha2 = {dict(c.attrs).get("alpha2"): code for code, c in countries.items()}
    surnames = load_name_list(os.path.join(gazetteer_dir, "names", "surnames.txt"), 3000)
    given_names = load_name_list(os.path.join(gazetteer_dir, "names", "first-names.txt"), 5000)
    def make_entry(id_, label, iso3):
        return Entry(id_, "Region", label, "country/" + iso3, iso3)
    existing = [(e.country, form) for e in entries if e.country for form in e.surface_forms()]
    divisions = factbook_regions.build(data, by_alpha2, taken, existing, factbook_regions.english_words(data),
                                       first_names | given_names | surnames | NEVER_BARE, make_entry, slug, fold, note)
    for e in divisions:
        add_variants(e, NEVER_BARE | first_names)
        for form in list(e.aliases):
            if form in taken:
                e.aliases.remove(form)
    return divisions


def load_name_list(path, limit):
    """The first `limit` names of a generated name list (one upper-case name per line), capitalized."""
    names = set()
    if not os.path.exists(path):
        return names
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names.add(line.strip().capitalize())
            if len(names) >= limit:
                break
    return names


def build_places(rows, countries):
    """Entries of places-curated.tsv (7 gazetteer columns), checked: id = <prefix>/<slug of the label>,
    a known type and kind, partOf an existing country."""
    entries = []
    seen = set()
    for id_, type_, label, aliases, dems, part_of, attrs in rows:
        where = "places-curated.tsv: %s" % (id_ or label)
        if type_ not in PLACE_TYPES:
            raise BuildError("%s: type %r is not one of %s" % (where, type_, ", ".join(sorted(PLACE_TYPES))))
        if not label:
            raise BuildError("%s: empty label" % where)
        want = "%s/%s" % (PLACE_TYPES[type_], slug(label))
        if id_ != want:
            raise BuildError("%s: id should be %s (type %s, label %r)" % (where, want, type_, label))
        if id_ in seen:
            raise BuildError("%s: duplicate id" % where)
        seen.add(id_)
        iso = ""
        if part_of:
            m = re.fullmatch(r"country/([A-Z]{3})", part_of)
            if not m or m.group(1) not in countries:
                raise BuildError("%s: partOf %r is not a country id of countries.tsv" % (where, part_of))
            iso = m.group(1)
        e = Entry(id_, type_, label, part_of, iso)
        for a in split_list(aliases):
            if a == label or a in e.aliases:
                raise BuildError("%s: alias %r repeats the label or another alias" % (where, a))
            e.add_alias(a)
        for d in split_list(dems):
            e.add_demonym(d)
        kinds = [v for k, v in parse_attrs(attrs) if k == "kind"]
        if len(kinds) != 1 or kinds[0] not in PLACE_KINDS:
            raise BuildError("%s: needs one kind= of PLACE_KINDS, has %r" % (where, attrs))
        for k, v in parse_attrs(attrs):
            e.set_attr(k, v)
        entries.append(e)
    return entries


def add_place_variants(e):
    """Twins of the label and aliases with a lower-case generic last word ("Korean peninsula")."""
    for form in [e.label] + list(e.aliases):
        words = form.split(" ")
        if len(words) > 1 and words[-1] in PLACE_GENERIC_HEADS:
            e.add_alias(" ".join(words[:-1] + [words[-1].lower()]))


def read_gazetteer_forms(path):
    """{surface form: id} of a generated 7-column gazetteer (label, aliases, demonyms); {} if it is missing."""
    forms = {}
    if not os.path.exists(path):
        note("%s not found: place names not checked against it" % path)
        return forms
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 7:
                raise BuildError("%s: line with %d columns" % (path, len(cols)))
            for form in [cols[2]] + split_list(cols[3]) + split_list(cols[4]):
                forms.setdefault(form, cols[0])
    return forms


def check_places_against(places, others, source):
    """Fails when a place form is a name of another gazetteer, unless PLACE_FORM_SKIP drops it."""
    bad = []
    for e in places:
        for form in e.surface_forms():
            if form not in others:
                continue
            if form in PLACE_FORM_SKIP and form != e.label:
                (e.demonyms if form in e.demonyms else e.aliases).remove(form)
                note("%s: %r dropped, it names %s in %s (%s)" % (e.id, form, others[form], source,
                                                                 PLACE_FORM_SKIP[form]))
            else:
                bad.append("%s: %r also names %s in %s" % (e.id, form, others[form], source))
    if bad:
        raise BuildError("place names that another gazetteer holds (drop them or list them in "
                         "PLACE_FORM_SKIP):\n  " + "\n  ".join(bad))


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def check_ambiguous(cities, regions, first_names, places=()):
    """Fail on bare city/region/place forms that are common first names or English words, unless allowed."""
    bad = []
    for e in cities + regions + list(places):
        for form in [e.label] + e.aliases:
            if form in NEVER_BARE:
                bad.append("%s: %r is in NEVER_BARE (English word, person name or shared name)" % (e.id, form))
            elif form in first_names and form not in ALLOW_AMBIGUOUS:
                bad.append("%s: %r is a common first name" % (e.id, form))
    if bad:
        raise BuildError("ambiguous place names (qualify the label or allow them):\n  " + "\n  ".join(bad))


def check_unique(all_entries):
    seen = {}
    dups = []
    for e in all_entries:
        for form in e.surface_forms():
            if form in seen and seen[form] != e.id:
                dups.append("%r: %s and %s" % (form, seen[form], e.id))
            seen.setdefault(form, e.id)
    if dups:
        raise BuildError("surface forms naming two entries:\n  " + "\n  ".join(sorted(dups)))
    return len(seen)


def check_values(all_entries):
    ids = {e.id for e in all_entries}
    if len(ids) != len(all_entries):
        raise BuildError("duplicate ids")
    for e in all_entries:
        for v in [e.id, e.type, e.label, e.part_of] + e.aliases + e.demonyms + [k + v for k, v in e.attrs]:
            if "\t" in v or "\n" in v or "|" in v:
                raise BuildError("%s: bad character in %r" % (e.id, v))
        for k, v in e.attrs:
            if ";" in v or "=" in k or ";" in k:
                raise BuildError("%s: bad attribute %s=%s" % (e.id, k, v))
            for ref in re.findall(r"(?:country|city|region|place)/[a-z0-9A-Z-]+", v):
                if ref not in ids:
                    raise BuildError("%s: attribute %s=%s does not resolve" % (e.id, k, v))
        if e.part_of and e.part_of not in ids:
            raise BuildError("%s: partOf %s does not resolve" % (e.id, e.part_of))
        if e.type == "Country" and e.part_of:
            raise BuildError("%s: countries have no partOf" % e.id)
        if not re.fullmatch(r"(country/[A-Z]{3}|city/[a-z0-9-]+|region/[a-z0-9-]+|place/[a-z0-9-]+)", e.id):
            raise BuildError("bad id %r" % e.id)



# ---------------------------------------------------------------------------
# schema (classes.tsv, relations.tsv) -- hand-written by the NewsGraph developers
# ---------------------------------------------------------------------------
# class, parent, schemaOrg, description
CLASSES = [
    ("Thing", "", "schema:Thing", "Root of the NewsGraph ontology: anything an article can mention."),
    ("Place", "Thing", "schema:Place", "A location with a name."),
    ("Country", "Place", "schema:Country", "A sovereign state or dependent territory (gazetteers/countries.tsv)."),
    ("Region", "Place", "schema:AdministrativeArea",
     "A sub-national region, province, state or disputed territory (gazetteers/regions.tsv)."),
    ("City", "Place", "schema:City", "A city or town (gazetteers/cities.tsv)."),
    ("Facility", "Place", "schema:Place", "A built place: airport, base, plant, embassy, prison, stadium."),
    ("Vessel", "Place", "schema:Vehicle", "A named ship or boat; kept with places, since incidents happen on board."),
    ("Person", "Thing", "schema:Person", "A human being."),
    ("Position", "Thing", "schema:Role", "An office or post held by a person, e.g. foreign minister, president."),
    ("Organization", "Thing", "schema:Organization", "An organised body of people with a name."),
    ("GovernmentOrganization", "Organization", "schema:GovernmentOrganization",
     "A body of a state or local government."),
    ("GovernmentAgency", "GovernmentOrganization", "schema:GovernmentOrganization",
     "A government agency, office or service (e.g. FBI, State Migration Service)."),
    ("Ministry", "GovernmentOrganization", "schema:GovernmentOrganization",
     "A government ministry or department (e.g. Foreign Ministry, State Department)."),
    ("Police", "GovernmentOrganization", "schema:GovernmentOrganization", "A police force or law-enforcement body."),
    ("Military", "GovernmentOrganization", "schema:GovernmentOrganization",
     "Armed forces of a state and their branches and units."),
    ("Court", "GovernmentOrganization", "schema:GovernmentOrganization", "A court of law or tribunal."),
    ("Legislature", "GovernmentOrganization", "schema:GovernmentOrganization", "A parliament, congress or assembly."),
    ("MediaOrganization", "Organization", "schema:NewsMediaOrganization",
     "A news agency, newspaper, broadcaster or online outlet."),
    ("Company", "Organization", "schema:Corporation", "A business or corporation."),
    ("Airline", "Organization", "schema:Airline", "An airline."),
    ("InternationalOrganization", "Organization", "schema:Organization",
     "An intergovernmental organization or alliance (UN, NATO, EU, OSCE ...)."),
    ("NonprofitOrganization", "Organization", "schema:NGO",
     "A non-governmental, non-profit or charitable organization."),
    ("PoliticalParty", "Organization", "schema:PoliticalParty", "A political party."),
    ("ArmedGroup", "Organization", "", "A non-state armed group, militia or rebel movement."),
    ("EducationalOrganization", "Organization", "schema:EducationalOrganization",
     "A university, school or research institute."),
    ("HealthOrganization", "Organization", "schema:MedicalOrganization",
     "A hospital, health agency or medical organization."),
    ("SportsTeam", "Organization", "schema:SportsTeam", "A sports team or club."),
    ("Group", "Thing", "",
     "An ethnic, national, religious or social group referred to collectively (e.g. Kurds, Rohingya)."),
    ("Incident", "Thing", "schema:Event", "Something that happened at a time and place and is reported as news."),
    ("Crash", "Incident", "", "A crash of an aircraft, vehicle, train or vessel."),
    ("Raid", "Incident", "", "A police or military raid or search."),
    ("Arrest", "Incident", "", "An arrest or detention."),
    ("Summons", "Incident", "", "The summoning of a person, e.g. an ambassador, to a ministry."),
    ("PhoneCall", "Incident", "", "A telephone or video call between parties."),
    ("Meeting", "Incident", "", "A meeting or talks between parties."),
    ("Visit", "Incident", "", "A visit by a person or delegation to a place or party."),
    ("Attack", "Incident", "", "An attack, strike, bombing or shooting."),
    ("MissileLaunch", "Incident", "",
     "A missile, rocket or drone launch or a weapons test that hits no target."),
    ("Killing", "Incident", "", "A killing or assassination."),
    ("War", "Incident", "", "A war or armed conflict."),
    ("MilitaryCampaign", "Incident", "", "A military operation or campaign."),
    ("Protest", "Incident", "", "A protest, demonstration or strike."),
    ("Election", "Incident", "", "An election or referendum."),
    ("Outbreak", "Incident", "", "A disease outbreak or epidemic."),
    ("Announcement", "Incident", "", "A statement, declaration or announcement."),
    ("Parade", "Incident", "", "A parade or ceremony."),
    ("Trial", "Incident", "", "A trial or court hearing."),
    ("Disaster", "Incident", "", "A natural disaster or a great fire: an earthquake, flood, storm, wildfire, landslide or eruption."),
    ("Coup", "Incident", "", "A seizure of power by force, or an attempt at one."),
    ("Outage", "Incident", "",
     "A failure of a power grid or of another network that many depend on: a blackout, a power or internet outage."),
]

_ACTOR = "Person|Organization|Country"
# relation, label, schemaOrg, domain, range, directed, cameo, description
RELATIONS = [
    ("mentionedWith", "mentioned with", "", "Thing", "Thing", "false", "",
     "The two entities are mentioned in the same sentence or passage (co-occurrence; no stated relation)."),
    ("leaderOf", "leader of", "", "Person", "Organization|Country|Region|City|Group", "true", "",
     "The person leads the organization, place or group."),
    ("headOfStateOf", "head of state of", "", "Person", "Country", "true", "",
     "The person is head of state (president, monarch) of the country."),
    ("headOfGovernmentOf", "head of government of", "", "Person", "Country|Region|City", "true", "",
     "The person is head of government (prime minister, premier, governor, mayor)."),
    ("holdsPosition", "holds position", "", "Person", "Organization|Country|Place|Person", "true", "",
     "The person holds an office or post in the object; the edge's role attribute names it (ambassador, minister)."),
    ("spokespersonFor", "spokesperson for", "", "Person", "Organization|Country|Person", "true", "",
     "The person speaks on behalf of the organization, country or person."),
    ("memberOf", "member of", "schema:memberOf", _ACTOR, "Organization|Group", "true", "",
     "The subject is a member of the organization or group."),
    ("partOf", "part of", "schema:isPartOf", "Place|Organization", "Place|Organization", "true", "",
     "The subject is a part of the object (region of a country, unit of a ministry)."),
    ("locatedIn", "located in", "schema:containedInPlace", "Place|Organization|Incident", "Place", "true", "",
     "The subject is located in the place."),
    ("capitalOf", "capital of", "", "City", "Country|Region", "true", "",
     "The city is the capital of the country or region."),
    ("familyOf", "family of", "schema:relatedTo", "Person", "Person", "false", "",
     "The two persons are relatives (spouse, parent, child, sibling)."),
    ("fundedBy", "funded by", "schema:funder", "Thing", _ACTOR, "true", "",
     "The subject is financed by the object."),
    ("ownedBy", "owned by", "", "Thing", _ACTOR, "true", "",
     "The subject is owned by the object (inverse of schema:owns)."),
    ("nationality", "nationality", "schema:nationality", "Person", "Country", "true", "",
     "The person is a national or citizen of the country."),
    ("parentOrganization", "parent organization", "schema:parentOrganization", "Organization",
     "Organization|Country", "true", "",
     "The object is the parent body of the subject (ministry of a government, subsidiary of a company)."),
    ("worksFor", "works for", "schema:worksFor", "Person", "Organization|Country", "true", "",
     "The person is employed by or serves the organization."),
    ("basedIn", "based in", "schema:location", "Organization", "Place", "true", "",
     "The organization is headquartered or based in the place."),
    ("participantIn", "took part in", "", _ACTOR + "|Group", "Incident", "true", "",
     "The subject took part in the incident (inverse of schema:participant: export as "
     "<incident> schema:participant <subject>)."),
    ("participant", "participant", "schema:participant", "Incident", _ACTOR + "|Group", "true", "",
     "The object took part in the incident (a meeting's other party, a crash's other state involved)."),
    ("agent", "agent", "schema:agent", "Incident", _ACTOR + "|Group", "true", "",
     "The object carried out or caused the incident."),
    ("target", "target", "", "Incident", "Thing", "true", "",
     "The object was the target of the incident (attack, raid, sanction)."),
    ("victim", "victim", "", "Incident", "Person|Group", "true", "",
     "The object was harmed or killed in the incident."),
    ("operator", "operator", "", "Incident|Facility", "Organization", "true", "",
     "The object operates the vehicle, flight or facility involved (e.g. the airline of a crashed flight)."),
    ("reportedBy", "reported by", "", "Thing", "MediaOrganization|Person|Organization", "true", "",
     "The statement or incident was reported by the news outlet or source."),
    ("occurredIn", "occurred in", "schema:location", "Incident", "Place", "true", "",
     "The incident took place in the place."),
    ("met", "met", "", _ACTOR, _ACTOR, "false", "040", "The parties met or held talks (CAMEO 04 Consult)."),
    ("telephoned", "telephoned", "", _ACTOR, _ACTOR, "true", "041",
     "The subject called the object by telephone (CAMEO 041 Discuss by telephone)."),
    ("visited", "visited", "", _ACTOR, "Place|Organization|Person", "true", "042",
     "The subject visited the object (CAMEO 042 Make a visit; the host side is 043 Host a visit)."),
    ("praised", "praised", "", _ACTOR, "Thing", "true", "051",
     "The subject praised or endorsed the object (CAMEO 051 Praise or endorse)."),
    ("supported", "supported", "", _ACTOR, "Thing", "true", "05",
     "The subject expressed support for the object (CAMEO 05 Engage in diplomatic cooperation)."),
    ("apologizedTo", "apologized to", "", _ACTOR, _ACTOR + "|Group", "true", "055",
     "The subject apologized to the object (CAMEO 055 Apologize)."),
    ("criticized", "criticized", "", _ACTOR, "Thing", "true", "111",
     "The subject criticized or denounced the object (CAMEO 111 Criticize or denounce)."),
    ("accused", "accused", "", _ACTOR, _ACTOR + "|Group", "true", "112",
     "The subject accused the object (CAMEO 112 Accuse)."),
    ("summoned", "summoned", "", _ACTOR, _ACTOR, "true", "",
     "The subject summoned the object, e.g. a ministry summoning an ambassador (no dedicated CAMEO code)."),
    ("threatened", "threatened", "", _ACTOR + "|Group", "Thing", "true", "13",
     "The subject threatened the object (CAMEO 13 Threaten)."),
    ("arrested", "arrested", "", _ACTOR, "Person|Group", "true", "173",
     "The subject arrested, detained or charged the object (CAMEO 173 Arrest, detain, or charge with legal action)."),
    ("attacked", "attacked", "", _ACTOR + "|Group", "Thing", "true", "190",
     "The subject attacked the object (CAMEO 190 Use conventional military force)."),
    ("sanctioned", "sanctioned", "", "Organization|Country", _ACTOR, "true", "163",
     "The subject imposed sanctions, an embargo or a boycott on the object (CAMEO 163)."),
    ("cooperatedWith", "cooperated with", "", _ACTOR, _ACTOR, "false", "06",
     "The parties cooperated (CAMEO 06 Engage in material cooperation)."),
    ("metonymFor", "metonym for", "", "Place", "Country|GovernmentOrganization|Organization", "true", "",
     "The place name stands for an institution in the text (\"Moscow said\" = the Russian government)."),
]


def write_schema(out_dir):
    names = [c[0] for c in CLASSES]
    if len(set(names)) != len(names):
        raise BuildError("duplicate class")
    for c in CLASSES:
        if c[1] and c[1] not in names:
            raise BuildError("class %s: unknown parent %s" % (c[0], c[1]))
    rel_names = [r[0] for r in RELATIONS]
    if len(set(rel_names)) != len(rel_names):
        raise BuildError("duplicate relation")
    for r in RELATIONS:
        for part in (r[3] + "|" + r[4]).split("|"):
            if part not in names:
                raise BuildError("relation %s: unknown class %s" % (r[0], part))
        if r[5] not in ("true", "false") or not re.fullmatch(r"\d{0,4}", r[6]):
            raise BuildError("relation %s: bad directed/cameo" % r[0])
    for rows in (CLASSES, RELATIONS):
        for r in rows:
            if any("\t" in x or "\n" in x for x in r):
                raise BuildError("tab/newline in schema row %s" % r[0])
    cls = ["# NewsGraph ontology: entity classes.",
           "# Columns (TAB-separated, 4 per line): class  parent  schemaOrg  description",
           "#   parent: the superclass (empty for the root Thing); schemaOrg: compact schema.org IRI",
           "#   (schema: = https://schema.org/), empty when nothing fits -- then use the nearest ancestor's.",
           "# Generated by Ontology/scripts/build_gazetteers.py (tables written by the NewsGraph developers).",
           ""]
    cls += ["\t".join(c) for c in CLASSES]
    rel = ["# NewsGraph ontology: relation types.",
           "# Columns (TAB-separated, 8 per line): relation  label  schemaOrg  domain  range  directed  cameo  description",
           "#   label: short human label; schemaOrg: compact schema.org property IRI or empty;",
           "#   domain, range: class names from classes.tsv, '|'-joined alternatives (Thing = any);",
           "#   directed: true (subject -> object) or false (symmetric);",
           "#   cameo: CAMEO event code for interactions that have one (string; 2 digits = root category), else empty.",
           "# Generated by Ontology/scripts/build_gazetteers.py (tables written by the NewsGraph developers).",
           ""]
    rel += ["\t".join(r) for r in RELATIONS]
    os.makedirs(out_dir, exist_ok=True)
    for name, lines in (("classes.tsv", cls), ("relations.tsv", rel)):
        path = os.path.join(out_dir, name)
        with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        os.replace(path + ".tmp", path)


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
HEADER_COMMON = """\
# Columns (TAB-separated, 7 per line): id  type  label  aliases  demonyms  partOf  attributes
#   aliases, demonyms: '|'-joined exact, case-sensitive surface forms; attributes: key=value joined by ';'
# Generated by Ontology/scripts/build_gazetteers.py -- do not edit by hand; edit the curated tables in
# Ontology/scripts/ and re-run.  See Ontology/README.md for the format and the attribution.
"""

LICENCE = """\
# Sources and licences:
#   countries-mledoze (github.com/mledoze/countries), ODC Open Database License (ODbL) 1.0.  This file is a
#     derived database of it and is made available under the ODbL 1.0 (share-alike).
#   CountryInfo.txt (CountryInfo.120116), Copyright (c) 2012 Philip A. Schrodt, CC BY-SA 3.0 Unported.
#   Hand-curated additions compiled by the NewsGraph developers (Ontology/scripts/*-curated.tsv).
"""


def row(e):
    attrs = ";".join("%s=%s" % (k, v) for k, v in e.attrs if v != "")
    cols = [e.id, e.type, e.label, "|".join(sorted(e.aliases)), "|".join(sorted(e.demonyms)), e.part_of, attrs]
    return "\t".join(cols)


PLACES_LICENCE = """\
# Sources and licences:
#   Compiled by the NewsGraph developers from general knowledge (Ontology/scripts/places-curated.tsv): names
#     and facts only, no text copied from any article, atlas or database, so no third-party licence applies.
#     partOf, controlledBy and claimedBy refer to the ids of countries.tsv (ISO 3166-1 alpha-3 codes).
"""


FACTBOOK_LICENCE = """\
# Sources and licences:
#   CIA World Factbook, final edition (data as of 2026-01-22), "Administrative divisions": a US-government
#     work in the public domain; read from the factbook/factbook.json mirror (CC0 1.0).
#   Country ids (partOf) from countries-mledoze (github.com/mledoze/countries), ODC Open Database License
#     (ODbL) 1.0; as a derived database of it, this file is made available under the ODbL 1.0 (share-alike).
"""


def write(path, title, extra_header, entries, licence=LICENCE):
    lines = ["# " + title, licence.rstrip("\n"), HEADER_COMMON.rstrip("\n")]
    lines += [x.rstrip() for x in extra_header.rstrip("\n").split("\n")] if extra_header else []
    lines.append("")
    for e in sorted(entries, key=lambda x: x.id):
        lines.append(row(e))
    data = "\n".join(lines) + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"),
                    help="folder holding countries-mledoze/, countryinfo/, us-census-1990-names/, "
                         "factbook-government-2026/, conll2003/")
    ap.add_argument("--out", default=ONTOLOGY, help="Ontology folder (default: the one holding this script)")
    ap.add_argument("--verbose", action="store_true", help="print build notes to stderr")
    args = ap.parse_args(argv)
    data = os.path.normpath(args.data)
    try:
        ml = load_mledoze(data)
        ci = load_countryinfo(data, set(ml))
        cur = load_curated_countries(os.path.join(HERE, "countries-curated.tsv"))
        for code in cur:
            if code not in ml:
                raise BuildError("countries-curated.tsv: unknown code %r" % code)
        countries = build_countries(ml, ci, cur)
        ci_excl = [(n, iso or "*") for n, iso, _ in read_tsv(os.path.join(HERE, "ci-exclusions.tsv"), 3)]
        city_rows = read_tsv(os.path.join(HERE, "cities-curated.tsv"), 4)
        first_names = load_first_names(data)
        ambiguous = NEVER_BARE | (first_names - ALLOW_AMBIGUOUS)
        cities = build_cities(ml, ci, countries, city_rows, ci_excl, ambiguous)
        regions = build_regions(read_tsv(os.path.join(HERE, "regions-curated.tsv"), 5), countries)
        places = build_places(read_tsv(os.path.join(HERE, "places-curated.tsv"), 7), countries)
        for e in list(countries.values()) + cities + regions + places:
            add_variants(e, ambiguous if e.type != "Country" else set())
        for e in places:
            add_place_variants(e)
        check_ambiguous(cities, regions, first_names, places)
        gazetteer_dir = os.path.join(args.out, "gazetteers")
        divisions = factbook_divisions(data, countries, cities + regions + places, gazetteer_dir, first_names)
        all_entries = list(countries.values()) + cities + regions + places + divisions
        check_values(all_entries)
        n_forms = check_unique(all_entries)
        for name in ("people.tsv", "organizations.tsv"):
            check_places_against(places, read_gazetteer_forms(os.path.join(gazetteer_dir, name)), name)
        corpus = read_gazetteer_forms(os.path.join(gazetteer_dir, "corpus", "names.tsv"))
        in_corpus = sorted(f for e in places for f in e.surface_forms() if f in corpus)
        note("%d place forms are also corpus-harvested names (the curated entry wins; a re-harvest drops "
             "them): %s" % (len(in_corpus), ", ".join(in_corpus)))
    except BuildError as exc:
        print("build_gazetteers: ERROR: %s" % exc, file=sys.stderr)
        return 1

    qualified = sorted(e.label for e in cities if ", " in e.label)
    no_city = sorted("%s (%s)" % (cap, code) for (code, cap), v in CAPITAL_OVERRIDE.items() if v is None)
    excluded = sorted(w for w in NEVER_BARE)
    def wrapped(text):
        return ["#   " + ln for ln in textwrap.wrap(text, 100)]
    city_header = "\n".join([
        "# Cities: capitals from countries-mledoze, CountryInfo <Capital>/<MajorCities>, and hand-curated",
        "# newsworthy cities.  capital=true marks national capitals.",
        "# Same-name cities get ids city/<slug>-<iso3>; the better-known one keeps the bare name, the other",
        "# is labelled '<name>, <country>'.  Names in CountryInfo that are not used (historic names, sights,",
        "# typos) are listed in Ontology/scripts/ci-exclusions.tsv.",
        "# Never used as a bare city surface form (common English words, first names/surnames, shared names):"]
        + wrapped(", ".join(excluded))
        + ["# Qualified labels used instead:"] + wrapped("; ".join(qualified))
        + ["# Capitals without a city entry (same name as the country/territory, or a minor second capital):"]
        + wrapped("; ".join(no_city)))
    country_header = "\n".join([
        "# Countries and territories: all 250 countries-mledoze entries (status=territory for dependent",
        "# territories, sovereign=country/XXX for their state).  Kosovo uses XKX (mledoze: UNK).",
        "# Bare ISO codes are not aliases, except: " + ", ".join(sorted(CODE_WHITELIST)) + ".",
        "# Shared demonyms: Congolese -> DR Congo only; Dominican -> Dominican Republic only; American,",
        "# French, Dutch, Norwegian, Indian -> the sovereign state only; Channel Islander and Virgin Islander",
        "# -> none.  'Congo' alone -> DR Congo (wire-service usage); Republic of Congo is 'Congo Republic'.",
    ])
    place_kinds = {}
    for e in places:
        kind = dict(e.attrs)["kind"]
        place_kinds[kind] = place_kinds.get(kind, 0) + 1
    place_header = "\n".join([
        "# Geographic features and macro-regions that news names: oceans, seas, gulfs, straits, canals, rivers,",
        "# lakes, mountains, volcanoes, deserts, peninsulas, islands, passes, crossings, border lines, continents,",
        "# macro-regions and disputed territories (hand-curated; see Ontology/scripts/places-curated.tsv for what",
        "# is left out and why).  type Place (id place/...) or Region (id region/..., a part of one country or a",
        "# disputed territory); kind= gives the feature.  partOf is the country a feature lies within, empty for",
        "# international waters and features shared by several states; controlledBy/disputed/claimedBy as in",
        "# regions.tsv.  Forms ending in a generic word also come with it in lower case (Korean peninsula).",
        "# %d entries by kind:" % len(places)]
        + wrapped(", ".join("%s %d" % (k, n) for k, n in sorted(place_kinds.items(), key=lambda x: (-x[1], x[0]))))
    )
    region_header = "\n".join([
        "# Regions, provinces and states that often appear in international news (hand-curated).",
        "# partOf follows internationally recognised borders; controlledBy/disputed/claimedBy give the",
        "# de-facto situation.  kind=supranational rows (Latin America, ...) keep 'America' inside them from",
        "# being read as the United States.",
    ])
    division_header = "\n".join([
        "# The first-level administrative divisions of every country (provinces, states, regions, governorates,",
        "# departments, counties...) that the CIA World Factbook lists and that no curated region, city or country",
        "# already names: %d of them.  A division is left out when its name is a common English word, first name"
        % len(divisions),
        "# or surname, generic words only, shared by two divisions, or read more often as another kind of name in",
        "# CoNLL-2003's training text (Ontology/scripts/factbook_regions.py).  The matcher reads this file after",
        "# the curated ones; the name tagger marks its names only when tagging (see Ontology/README.md).",
    ])
    out = os.path.join(args.out, "gazetteers")
    os.makedirs(os.path.join(out, "divisions"), exist_ok=True)
    write(os.path.join(out, "divisions", "divisions.tsv"),
          "NewsGraph gazetteer: administrative divisions (CIA World Factbook)", division_header, divisions,
          FACTBOOK_LICENCE)
    write(os.path.join(out, "countries.tsv"), "NewsGraph gazetteer: countries", country_header, countries.values())
    write(os.path.join(out, "cities.tsv"), "NewsGraph gazetteer: cities", city_header, cities)
    write(os.path.join(out, "regions.tsv"), "NewsGraph gazetteer: regions", region_header, regions)
    write(os.path.join(out, "places.tsv"), "NewsGraph gazetteer: geographic features and macro-regions",
          place_header, places, PLACES_LICENCE)
    try:
        write_schema(os.path.join(args.out, "schema"))
    except BuildError as exc:
        print("build_gazetteers: ERROR: %s" % exc, file=sys.stderr)
        return 1
    n_alias = sum(len(e.aliases) for e in all_entries)
    n_dem = sum(len(e.demonyms) for e in all_entries)
    print("build_gazetteers: %d countries, %d cities, %d regions, %d places, %d Factbook divisions; %d aliases, "
          "%d demonyms, %d surface forms" % (len(countries), len(cities), len(regions), len(places), len(divisions),
                                             n_alias, n_dem, n_forms),
          file=sys.stderr)
    if args.verbose:
        for n in NOTES:
            print("  note: " + n, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
