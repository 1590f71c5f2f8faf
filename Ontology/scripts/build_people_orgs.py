#!/usr/bin/env python3
"""Build Ontology/gazetteers/people.tsv and Ontology/gazetteers/organizations.tsv.

Python 3 standard library only; deterministic (same inputs -> byte-identical outputs).

Sources (under --data, default ../shared/data relative to the repository root):
  factbook-government-2026/   CIA World Factbook, data 2026-01-22 (public domain)
  world-leaders-wikidata/     Wikidata heads of state/government (CC0), used as a cross-check
  countryinfo/                CountryInfo people_leaders.csv (CC BY-SA 3.0, P. A. Schrodt)
  petrarch2-dictionaries/     Phoenix actor dictionaries (MIT), used to confirm IGO/NGO names
  us-federal-agencies/        Federal Register agency list (US government work, public domain)
  countries-mledoze/          ISO 3166 alpha-2 -> alpha-3 mapping (ODbL; codes only)
plus the hand-curated tables in Ontology/scripts/curated-*.tsv.

Usage:  python3 Ontology/scripts/build_people_orgs.py [--data DIR] [--out DIR]
"""
import argparse
import csv
import gzip
import html
import json
import os
import re
import sys
import unicodedata

DATE_CHECKED = "2026-11-25"
HERE = os.path.dirname(os.path.abspath(__file__))
ONTOLOGY = os.path.dirname(HERE)
REPO = os.path.dirname(ONTOLOGY)

ORG_TYPES = {
    "GovernmentAgency", "Ministry", "Police", "Military", "Court", "Legislature",
    "MediaOrganization", "Company", "Airline", "InternationalOrganization",
    "NonprofitOrganization", "PoliticalParty", "ArmedGroup", "HealthOrganization",
    "GovernmentOrganization", "Organization",
}
ROLES = {"headOfState", "headOfGovernment", "foreignMinister", "spokesperson",
         "minister", "official", "formerLeader"}

LOG = []  # build notes, written as comments at the end of each file


def log(msg):
    LOG.append(msg)


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
_FOLD_EXTRA = {
    "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "ə": "a", "Ə": "A", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "'", "‘": "'", "ʻ": "'",
    "ʼ": "'", "–": "-", "—": "-",
}


def fold(s):
    """Fold diacritics to ASCII (keeps case and punctuation)."""
    s = "".join(_FOLD_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def clean_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
for _m, _i in list(MONTHS.items()):
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9


def parse_date(s):
    """'12 December 2019' -> 2019-12-12; 'April 2018' -> 2018-04; '1997' -> 1997."""
    s = clean_ws(s or "").rstrip(".")
    if not s:
        return ""
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+)\.? (\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%s-%02d" % (m.group(2), MONTHS[m.group(1).lower()])
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return s
    return ""


def ymd(s):
    """TABARI/CountryInfo YYYYMMDD -> YYYY-MM-DD ('' if bad)."""
    s = (s or "").strip()
    if not re.fullmatch(r"\d{8}", s):
        return ""
    y, m, d = s[:4], s[4:6], s[6:]
    if not ("01" <= m <= "12"):
        return y
    if not ("01" <= d <= "31"):
        return "%s-%s" % (y, m)
    return "%s-%s-%s" % (y, m, d)


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
         "XII", "XIII", "XIV", "XV", "XVI"}
PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la",
             "le", "van", "von", "der", "den", "ter", "e", "y", "bin", "ibn",
             "bint", "al", "el", "ould", "of", "i"}


def _cap_part(p):
    if not p:
        return p
    if p.upper().startswith("MC") and len(p) > 3:
        return "Mc" + p[2:3].upper() + p[3:].lower()
    return p[0].upper() + p[1:].lower()


def _is_caps(tok):
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def cap_token(tok, first):
    """Convert an all-caps Factbook token (or the all-caps parts of a hyphenated token) to normal case."""
    if tok in ROMAN and not first:
        return tok
    if tok in ("JR.", "JR"):
        return "Jr."
    if re.fullmatch(r"([A-Z]\.)+", tok):
        return tok
    if not first and tok.lower() in PARTICLES and tok.lower() != "i" and _is_caps(tok):
        return tok.lower()
    parts = re.split(r"([-'’])", tok)
    out = []
    for i, p in enumerate(parts):
        if p in ("-", "'", "’"):
            out.append(p)
        elif not _is_caps(p) and len([c for c in p if c.isalpha()]) != 1:
            out.append(p)                      # already mixed case ("al-", "Nguesso")
        elif i > 1 and parts[i - 1] in ("'", "’"):
            out.append(p.lower() if len(parts[i - 2]) > 1 else _cap_part(p))   # Muli'aka'aka, O'Neill
        else:
            out.append(_cap_part(p))
    return "".join(out)


def _has_caps(tok):
    return any(_is_caps(p) for p in re.split(r"[-'’]", tok))


def factbook_name(raw):
    """Factbook 'Abdelmadjid TEBBOUNE' -> dict(full, label, short, asian)."""
    raw = clean_ws(html.unescape(raw)).replace('""', '"')
    raw = re.sub(r'\s*"[^"]*(?:"|$)', " ", raw)    # nicknames in quotes, the last one maybe unclosed
    raw = clean_ws(raw).strip(' ,;"')
    raw = re.sub(r",\s*Jr\.?$", " Jr.", raw)
    toks = raw.split(" ")
    caps_idx = [i for i, t in enumerate(toks) if _has_caps(t) and not (t in ROMAN and i > 0)
                and not re.fullmatch(r"([A-Z]\.)+", t)]
    conv = []
    for i, t in enumerate(toks):
        if _has_caps(t):
            conv.append(cap_token(t, first=(i == 0 or (caps_idx and i == caps_idx[0]))))
        else:
            conv.append(t)
    full = " ".join(conv)
    if not caps_idx:
        return {"full": full, "label": full, "short": "", "asian": False}
    c0, c1 = caps_idx[0], caps_idx[-1]
    asian = c0 == 0 and len(toks) > 1
    if asian:
        # e.g. XI Jinping, KIM Jong Un, ABIY Ahmed Ali: family/known name first
        return {"full": full, "label": full, "short": "", "asian": True}
    while c0 > 1 and conv[c0 - 1].lower() in PARTICLES:
        c0 -= 1                                # "Timothy Le COCQ", "Lindsay de SAUSMAREZ"
    given = conv[:c0]
    surname = conv[c0:c1 + 1]
    tail = conv[c1 + 1:]
    # keep trailing particles glued to the surname ("Lula da Silva")
    if tail and tail[0].lower() in PARTICLES:
        surname = surname + tail
        tail = []
    if tail and (tail[-1] in ("Jr.", "Jr") or tail[-1] in ROMAN):
        surname = surname + tail
        tail = []
    short = " ".join(given[:1] + surname) if len(given) > 1 else ""
    middle = given[1:]
    if middle and all(re.fullmatch(r"([A-Z]\.)+", m) or re.search(r"(ovich|evich|ovna|evna|yevich|ievich)$", m)
                      for m in middle):
        label = short                          # drop patronymics and middle initials
    else:
        label = " ".join(given + surname)
    return {"full": full, "label": label, "short": short if short != label else "", "asian": False}


def tabari_name(raw):
    """CountryInfo 'heydar_aliyev_' -> 'Heydar Aliyev'. Returns list of variants or []."""
    out = []
    for var in raw.split("|"):
        v = var.strip().strip("_").strip()
        if not v or " " in v or not re.fullmatch(r"[a-z][a-z_'.\-]*", v):
            continue
        toks = [t for t in v.split("_") if t]
        if len(toks) < 2:
            continue
        words = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in ("al", "el") and i + 1 < len(toks) and i > 0:
                words.append(t + "-" + _cap_part(toks[i + 1]))
                i += 2
                continue
            if t.upper() in ROMAN and i > 0:
                words.append(t.upper())
            elif i > 0 and t in PARTICLES and i < len(toks) - 1:
                words.append(t)
            else:
                words.append("-".join(_cap_part(p) for p in t.split("-")))
            i += 1
        out.append(" ".join(words))
    return out


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------
class Entry:
    def __init__(self, eid, etype, label, partof="", priority=0, source=""):
        self.id = eid
        self.type = etype
        self.label = label
        self.aliases = []
        self.partof = partof
        self.attrs = []   # list of (k, v)
        self.priority = priority
        self.source = source

    def add_alias(self, a):
        a = clean_ws(a)
        if a and a != self.label and a not in self.aliases:
            self.aliases.append(a)

    def set_attr(self, k, v):
        if v is None or v == "":
            return
        v = str(v).replace(";", ",").replace("\t", " ")
        for i, (kk, _) in enumerate(self.attrs):
            if kk == k:
                self.attrs[i] = (k, v)
                return
        self.attrs.append((k, v))

    def get_attr(self, k):
        for kk, v in self.attrs:
            if kk == k:
                return v
        return ""

    def del_attr(self, k):
        self.attrs = [(kk, v) for kk, v in self.attrs if kk != k]

    def surface_forms(self):
        return [self.label] + self.aliases

    def expand_variants(self):
        """Add ASCII-folded and apostrophe variants of label and aliases."""
        for form in list(self.surface_forms()):
            f = fold(form)
            if f != form:
                self.add_alias(f)
            if "'" in form:
                self.add_alias(form.replace("'", "’"))

    def row(self):
        return "\t".join([self.id, self.type, self.label, "|".join(self.aliases), "",
                          self.partof, ";".join("%s=%s" % kv for kv in self.attrs)])


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


# --------------------------------------------------------------------------
# country codes
# --------------------------------------------------------------------------
# Kosovo has no ISO 3166 code; XKX is the user-assigned code used by the EU/IMF
# (mledoze/countries uses "UNK").  Keep in step with countries.tsv.
ISO3_FIX = {"XK": "XKX"}
GEC_FIX = {"uk": "GBR", "fr": "FRA", "gz": "PSE", "we": "PSE", "kv": "XKX",
           "ee": "", "xx": ""}


class Countries:
    def __init__(self, data):
        self.iso2to3 = {}
        self.name = {}
        self.independent = set()
        with open(os.path.join(data, "countries-mledoze", "countries.json"), encoding="utf-8") as fh:
            for c in json.load(fh):
                i3 = ISO3_FIX.get(c["cca2"], c["cca3"])
                self.iso2to3[c["cca2"]] = i3
                self.name[i3] = c["name"]["common"]
                if c.get("independent"):
                    self.independent.add(i3)
        self.independent.add("XKX")
        self.gec = {}
        self.gec_name = {}
        with gzip.open(os.path.join(data, "factbook-government-2026", "factbook-government.jsonl.gz"),
                       "rt", encoding="utf-8") as fh:
            self.factbook = []
            for line in fh:
                d = json.loads(line)
                self.factbook.append(d)
                g = d["gec"]
                self.gec_name[g] = d.get("name", "")
                if g in GEC_FIX:
                    self.gec[g] = GEC_FIX[g]
                    continue
                icc = (d.get("Internet country code") or {}).get("text", "")
                m = re.search(r"\.([a-z]{2})\b", icc)
                if m and m.group(1).upper() in self.iso2to3:
                    self.gec[g] = self.iso2to3[m.group(1).upper()]
        self.known = set(self.name) | {"XKX"}
        # check against countries.tsv written by the other builder, if present
        self.gazetteer_ids = set()
        p = os.path.join(ONTOLOGY, "gazetteers", "countries.tsv")
        if os.path.exists(p):
            for r in read_tsv(p):
                if r and r[0].startswith("country/"):
                    self.gazetteer_ids.add(r[0])

    def cid(self, iso3):
        return "country/" + iso3 if iso3 else ""


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
# Leading words in the Factbook "name" column that belong to the title.
NAME_PREFIXES = [
    "GNU Interim Prime Minister", "CNSP Prime Minister", "Acting Prime Minister", "Interim Prime Minister",
    "transitional government,", "transitional President", "Commander-in-Chief of the Sudanese Armed Forces General",
    "Affairs Commission President", "Affairs Commission Chairman", "Cabinet of Ministers", "Ministers",
    "China", "Mann King", "French Polynesia", "Territorial Council", "Territorial Assembly", "Island Council",
    "New Zealand Dame", "New Zealand", "Commonwealth of Australia General", "Foreign and Political Affairs",
    "Leadership Council Chairperson", "Foreign Minister", "Co-Vice President", "Administration Council Chair,",
    "Islamic Republic of Afghanistan", "Interior Sheikh", "Interior", "Elect", "Australia",
    "Spain", "Swiss Confederation", "Island Council", "Vatican City and President of the Governorate of the Vatican City State",
    "Sr. Gen.", "Gen.", "Brig. Gen.", "Col.", "Capt.", "Dr.", "Sir", "Dame", "Lt. Gen.",
]
NAME_PREFIXES.sort(key=len, reverse=True)

# (gec, role, raw name) -> None (skip) or dict of replacements.  Only for rows the
# Factbook parse could not split, or that are corrected by hand (see README).
ROW_FIX = {
    ("su", "chief of state"): {"title": "Chairman of the Transitional Sovereignty Council"},
    ("su", "head of government"): {"title": "Chairman of the Transitional Sovereignty Council"},
    ("ng", "head of government"): {"title": "Prime Minister"},
    ("ly", "head of government"): {"title": "Prime Minister (Government of National Unity)"},
    ("to", "head of government"): {"title": "President of the Council of Ministers"},
    ("kg", "head of government"): {"title": "Chairman of the Cabinet of Ministers"},
    ("kn", "chief of state"): {"title": "President of the State Affairs Commission"},
    ("kn", "head of government"): {"title": "Chairman of the Standing Committee of the Supreme People's Assembly"},
    ("ae", "head of government"): {"title": "Prime Minister"},
    ("qa", "head of government"): {"title": "Prime Minister and Foreign Minister"},
    ("sa", "head of government"): {"title": "Crown Prince and Prime Minister"},
    ("ba", "head of government"): {"title": "Crown Prince and Prime Minister"},
    ("ly", "chief of state"): {"title": "President of the Presidential Council"},
    ("my", "chief of state"): {"title": "King (Yang di-Pertuan Agong)"},
    ("sp", "head of government"): {"title": "Prime Minister (President of the Government)"},
    ("ng", "chief of state"): {"title": "President of the National Council for the Safeguard of the Homeland"},
    ("ym", "chief of state"): {"title": "Chairman of the Presidential Leadership Council"},
    ("fr", "head of government"): {"title": "Prime Minister"},
    ("ma", "chief of state"): {"title": "President", "since": "17 October 2025"},
    ("lt", "head of government"): {"since": "28 October 2022"},
    ("th", "chief of state"): {"since": "13 October 2016"},
    ("ro", "head of government"): {"since": "23 June 2025"},   # Factbook typo "2005"
    ("sm", "head of government"): {"title": "Secretary of State for Foreign and Political Affairs"},
    ("ws", "chief of state"): {"title": "Head of State (O le Ao o le Malo)"},
    ("tl", "head of government"): {"title": "Ulu-o-Tokelau"},
    ("bm", "chief of state"): {"title": "Acting President"},
    ("uv", "chief of state"): {"title": "Transitional President"},
}
SKIP_ROWS = {
    ("sy", "chief of state"),       # "former President ... overthrown" -> curated Ahmed al-Sharaa
    ("sy", "head of government"),   # PM post abolished March 2025 -> curated
    ("vt", "head of government"),   # Raffaella Petrini since 1 March 2025 -> curated
    ("af", "head of government"),   # same person as chief of state, text only
    ("sm", "chief of state"),       # two Captains Regent, rotate every six months
    ("io", "head of government"),
}
SKIP_NAME_RE = re.compile(r"represented by|High Commissioner|resigned|became|departed|overthrown| is the | serves |"
                          r" and Captain| and [A-Z][a-z]+ [A-Z]{2,}|\[|Deputy Prime Ministers|^both |^UK ")
# monarchs and others who appear for several countries: main country
HOME = {"Charles III": "GBR", "Emmanuel Macron": "FRA", "Donald Trump": "USA", "Xi Jinping": "CHN",
        "Willem-Alexander": "NLD", "Frederik X": "DNK", "Harald V": "NOR", "Sam Mostyn": "AUS",
        "Cindy Kiro": "NZL", "Elizabeth II": "GBR", "Pope Francis": "VAT"}

TITLE_ROLE_HISTORY = re.compile(
    r"^(President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Amir|Emir|Sultan|Pope|Supreme Leader|"
    r"Grand Duke|Prince|Taoiseach|Federal Chancellor|Transition(al)? President|Interim President|Acting President|"
    r"Interim Prime Minister|Acting Prime Minister|Caretaker Prime Minister|Crown Prince and Prime Minister|"
    r"Chairman of the Transitional Sovereignty Council|Sovereign Council Chair and|Chairperson of the Presidency|"
    r"President of the Government of|Prime Minister and|Sultan and Prime Minister|Transition Prime Minister|"
    r"Co-prince|Taliban Leader|Supreme People's Assembly President|State|Presidential)\b")


def strip_prefixes(name, removed=None):
    name = clean_ws(name)
    changed = True
    while changed:
        changed = False
        for p in NAME_PREFIXES:
            if name.startswith(p + " ") and len(name) > len(p) + 2:
                name = name[len(p) + 1:].lstrip(", ")
                if removed is not None:
                    removed.append(p)
                changed = True
                break
    return name


RANKS = {"Sr. Gen.", "Gen.", "Brig. Gen.", "Col.", "Capt.", "Dr.", "Sir", "Dame", "Lt. Gen.", "Elect"}


def clean_title(title, removed):
    """Repair titles the Factbook parse cut in two ("President of the" + "Swiss Confederation ...")."""
    title = clean_ws(title).strip(" ,")
    title = re.sub(r"^and\s+", "", title)
    title = re.sub(r"\s+(General|Sir|Dame|Grand Chief Sir)$", "", title)
    title = re.sub(r",\s*", " ", title)
    words = [w for w in removed if w not in RANKS]
    if words and re.search(r"\b(of|of the|the|and|for)$", title):
        title = title + " " + " ".join(words)
    title = re.sub(r"(\s+(of|the|and|for))+$", "", title)
    return title.strip()


class NameOverrides:
    def __init__(self, path):
        self.map = {}
        for r in read_tsv(path):
            r += [""] * (4 - len(r))
            self.map[r[0]] = (r[1], [a for a in r[2].split("|") if a], set(r[3].split(",")) - {""})

    def person_forms(self, raw, parsed):
        """-> (label, aliases) for a Factbook raw name (after prefix stripping)."""
        key = raw
        if key in self.map:
            label, aliases, flags = self.map[key]
            forms = list(aliases)
            if "nofb" not in flags:
                forms += [parsed["label"], parsed["full"]]
                if parsed["short"] and "noshort" not in flags:
                    forms.append(parsed["short"])
            return label, forms
        forms = [parsed["full"]]
        if parsed["short"]:
            forms.append(parsed["short"])
        return parsed["label"], forms


def norm_key(s):
    return fold(s).lower().replace("-", " ").replace(".", "").replace("'", "")


class People:
    def __init__(self, countries, overrides):
        self.c = countries
        self.ov = overrides
        self.entries = []
        self.by_key = {}   # folded surface form -> [entries]

    def find(self, forms, iso3):
        for f in forms:
            for e in self.by_key.get(norm_key(f), []):
                ec = e.get_attr("country")
                if not iso3 or not ec or ec == "country/" + iso3 or e.source == "curated":
                    return e
        return None

    def index(self, e):
        for f in e.surface_forms():
            lst = self.by_key.setdefault(norm_key(f), [])
            if e not in lst:
                lst.append(e)

    def new(self, label, iso3, priority, source):
        e = Entry("person/" + slug(label), "Person", label, self.c.cid(iso3), priority, source)
        if iso3:
            e.set_attr("country", self.c.cid(iso3))
        self.entries.append(e)
        return e


def load_people(data, countries, overrides, curated_rows, wikidata_notes):
    P = People(countries, overrides)

    # ---- (b) curated officials first (highest priority) ----
    for r in curated_rows:
        r += [""] * (8 - len(r))
        label, aliases, iso3, role, office, since, extra, _note = r[:8]
        if role not in ROLES:
            raise SystemExit("bad role in curated-people.tsv: %r" % r)
        iso3 = iso3 if iso3 in countries.known else ""
        e = P.new(label, iso3, 100, "curated")
        for a in aliases.split("|"):
            e.add_alias(a)
        e.set_attr("office", office)
        e.set_attr("role", role)
        if role == "formerLeader":
            e.set_attr("from", since)
        else:
            e.set_attr("since", since)
        for kv in [x for x in extra.split(";") if x]:
            k, v = kv.split("=", 1)
            e.set_attr(k, v)
        e.set_attr("source", "curated")
        P.index(e)

    # ---- (a) current heads of state / government, Factbook 2026-01-22 ----
    path = os.path.join(data, "factbook-government-2026", "factbook-executive.tsv")
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        gec, role = r["gec"], r["role"]
        iso3 = countries.gec.get(gec, "")
        if not iso3 or (gec, role) in SKIP_ROWS:
            continue
        fix = ROW_FIX.get((gec, role), {})
        title = clean_ws(fix.get("title", r["title"]))
        raw = clean_ws(fix.get("name", r["name"]))
        since = parse_date(fix.get("since", r["since"]))
        if "represented by" in raw:
            raw = raw.split(",")[0].strip()        # "Emmanuel MACRON , represented by ..." -> Macron
            raw = re.sub(r" of (Denmark|Norway|the Netherlands)$", "", raw)
        if SKIP_NAME_RE.search(raw):
            log("people: skipped Factbook row %s/%s %r" % (gec, role, r["name"]))
            continue
        removed = []
        raw = strip_prefixes(raw, removed)
        title = clean_title(title, removed)
        raw = re.sub(r",\s*Jr\.?$", " Jr.", raw)
        if not any(_is_caps(t) for t in raw.replace("-", " ").split()):
            log("people: no surname in Factbook row %s/%s %r" % (gec, role, r["name"]))
            continue
        parsed = factbook_name(raw)
        label, forms = overrides.person_forms(raw, parsed)
        if title.startswith("represented by"):
            office, prole = re.sub(r"^represented by\s*", "", title).strip() or "Representative of the monarch", "official"
            office = re.sub(r"\s+(Sir|Dame|Grand Chief Sir)$", "", office)
        else:
            office = title
            prole = "headOfState" if role == "chief of state" else "headOfGovernment"
            if office in ("", "the", "State"):
                office = {"chief of state": "Head of State", "head of government": "Head of Government"}[role]
        home = HOME.get(label)
        # the same exact name twice in the current table is the same person (realms, territories)
        e = P.find([label], "") if P.find([label], "") and P.find([label], "").source == "factbook" else None
        e = e or P.find([label] + forms, iso3 if not home else "")
        if e is None:
            e = P.new(label, home or iso3, 50, "factbook")
            e.set_attr("office", office)
            e.set_attr("role", prole)
            e.set_attr("since", since)
            e.set_attr("source", "factbook-2026-01-22")
        elif e.source == "factbook" and home == iso3 and e.get_attr("role") == "headOfState" and prole == "headOfState":
            e.set_attr("office", office)        # the row of the home country wins (Macron: France)
            e.set_attr("since", since)
        elif e.source == "factbook":
            ec = e.get_attr("country")
            if ec != "country/" + iso3:
                # same person, another country (realms, territories)
                if prole != "official":
                    other = e.get_attr("alsoHeadOfStateOf")
                    vals = [v for v in other.split(",") if v] + ["country/" + iso3]
                    e.set_attr("alsoHeadOfStateOf", ",".join(sorted(set(vals))))
            elif prole == "headOfGovernment" and e.get_attr("role") == "headOfState":
                e.set_attr("roles", "headOfState,headOfGovernment")
                if e.get_attr("office") != office:
                    e.set_attr("office", e.get_attr("office") + " and " + office)
        for f in forms:
            e.add_alias(f)
        P.index(e)

    # ---- (c) history: Factbook snapshots 2015-2026 ----
    hist = []
    with gzip.open(os.path.join(data, "factbook-government-2026", "factbook-executive-history.tsv.gz"),
                   "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            hist.append(r)
    # group consecutive tenures per (gec, role)
    tenures = {}
    for r in hist:
        key = (r["gec"], r["role"])
        tenures.setdefault(key, []).append(r)
    for key in sorted(tenures):
        gec, role = key
        iso3 = countries.gec.get(gec, "")
        if not iso3 or iso3 not in countries.independent:
            continue
        seq = sorted(tenures[key], key=lambda r: r["first_seen"])
        people_seq = []   # (label, forms, title, since, first_seen, superseded_on)
        for r in seq:
            raw = clean_ws(r["name"])
            title = clean_ws(r["title"])
            if not TITLE_ROLE_HISTORY.match(title) and not title == "":
                continue
            if "represented by" in raw:
                raw = raw.split(",")[0].strip()
            if raw[:1].islower():
                # "formerly, Prime Minister X", "note - Prime Minister X", "president X": keep the name
                raw = re.sub(r"^(?:(?:[a-z][^ ]*|-|Prime|Minister|President|Capt\.?|Col\.?|Gen\.?)\s+)+", "", raw)
            if SKIP_NAME_RE.search(raw) or raw.count(" ") > 5:
                continue
            removed = []
            raw = strip_prefixes(raw, removed)
            title = clean_title(title, removed)
            raw = re.sub(r",\s*Jr\.?$", " Jr.", raw)
            if not any(_is_caps(t) for t in raw.replace("-", " ").split()):
                continue
            parsed = factbook_name(raw)
            label, forms = overrides.person_forms(raw, parsed)
            if people_seq and norm_key(people_seq[-1][0]) == norm_key(label):
                prev = people_seq[-1]
                people_seq[-1] = (prev[0], prev[1] + [f for f in forms if f not in prev[1]], prev[2],
                                  prev[3] or parse_date(r["since"]), prev[4], r["superseded_on"])
            else:
                people_seq.append((label, forms, title, parse_date(r["since"]), r["first_seen"], r["superseded_on"]))
        for i, (label, forms, title, since, first_seen, superseded) in enumerate(people_seq):
            if not superseded:
                continue   # current holder, handled above
            nxt = people_seq[i + 1] if i + 1 < len(people_seq) else None
            to = (nxt[3] if nxt and nxt[3] and nxt[3] >= (since or "") else superseded)
            office = title or ("President" if role == "chief of state" else "Prime Minister")
            add_former(P, label, forms, iso3, office, since, to, 30, "factbook-history")

    # ---- (c) history: CountryInfo people_leaders.csv (~1960-2011) ----
    ci_codes = countryinfo_codes(data)
    with open(os.path.join(data, "countryinfo", "people_leaders.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keep_titles = re.compile(r"^(president|prime minister|premier|chancellor|king|queen|emperor|sultan|emir|amir|"
                             r"head of state|head of government|paramount ruler|chairman of the council of ministers?|"
                             r"general secretary of the communist party|chairman of the presidium of the supreme soviet|"
                             r"supreme leader|federal chancellor|taoiseach|grand duke|prince|ruler|"
                             r"chairman of the council of state|president of the presidency)$")
    for r in sorted(rows, key=lambda r: (r["country"], r["startYr"], r["name"])):
        title = r["title"].strip().lower()
        if not keep_titles.match(title):
            continue
        iso3 = ci_codes.get(r["country"], "")
        if not iso3:
            continue
        names = tabari_name(r["name"])
        if not names:
            log("people: dropped garbled CountryInfo name %r (%s)" % (r["name"], r["country"]))
            continue
        label0 = names[0]
        if label0 in overrides.map:
            label, al, _fl = overrides.map[label0]
            names = [label] + al + names
        start, end = ymd(r["startYr"]), ymd(r["endYr"])
        if r["endYr"] == "20161201":
            end = ""          # extraction stand-in for "still in office at last update (2011)"
        if start and end and end < start:
            continue
        office = " ".join(w if w in ("of", "the", "and") else w[:1].upper() + w[1:] for w in title.split())
        add_former(P, names[0], names[1:], iso3, office, start, end, 10, "countryinfo")
    return P


def countryinfo_codes(data):
    t = open(os.path.join(data, "countryinfo", "CountryInfo.120116.txt"), encoding="utf-8",
             errors="replace").read().replace("\x00", "")
    pairs = re.findall(r"<CountryCode>\s*([A-Z]{3})\s*</CountryCode>\s*<CountryName>\s*([^<]+?)\s*</CountryName>", t)
    m = {n.lower().replace(" ", "_"): c for c, n in pairs}
    m.update({"falkland_islands": "FLK", "american_samoa": "ASM", "british_virgin_islands": "VGB",
              "cote_divoire": "CIV", "puerto_rico": "PRI", "croatia": "HRV", "macedonia": "MKD",
              "isle_of_man": "IMN", "faeroe_islands": "FRO"})
    fix = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
    return {k: fix.get(v, v) for k, v in m.items()}


def add_former(P, label, forms, iso3, office, start, end, priority, source):
    iso3 = HOME.get(label, iso3)
    e = P.find([label] + list(forms), iso3)
    if e is not None:
        # same person already known: merge overlapping tenures, keep other tenures as formerOffices
        cur_start = e.get_attr("from") or e.get_attr("since")
        if e.source == "curated" and e.get_attr("formerOffices"):
            pass
        elif (office == e.get_attr("office") and e.get_attr("role") == "formerLeader" and e.source != "curated"
              and (not start or not e.get_attr("to") or start <= e.get_attr("to"))
              and (not end or not e.get_attr("from") or end >= e.get_attr("from"))):
            if start and (not e.get_attr("from") or start < e.get_attr("from")):
                e.set_attr("from", start)
            if end and e.get_attr("to") and end > e.get_attr("to"):
                e.set_attr("to", end)
        else:
            prev = [x for x in e.get_attr("formerOffices").split(",") if x]
            within_current = (e.get_attr("role") != "formerLeader" and e.get_attr("since") and start
                              and start >= e.get_attr("since"))
            same_start = start and (start == cur_start or any("(%s to" % start in x for x in prev))
            if not within_current and not same_start and not (not start and prev):
                prev.append("%s (%s to %s)" % (office, start or "?", end or "?"))
                e.set_attr("formerOffices", ",".join(prev))
        for f in forms:
            if f.replace(" ", "") != e.label.replace(" ", ""):
                e.add_alias(f)
        P.index(e)
        return e
    e = P.new(label, iso3, priority, source)
    e.set_attr("office", office)
    e.set_attr("role", "formerLeader")
    e.set_attr("from", start)
    e.set_attr("to", end)
    e.set_attr("source", source)
    for f in forms:
        e.add_alias(f)
    P.index(e)
    return e


# --------------------------------------------------------------------------
# Wikidata cross-check
# --------------------------------------------------------------------------
WD_COUNTRY_FIX = {"Kingdom of the Netherlands": "NLD", "People's Republic of China": "CHN",
                  "Kingdom of Denmark": "DNK", "State of Palestine": "PSE", "Czech Republic": "CZE",
                  "Democratic Republic of the Congo": "COD", "Republic of the Congo": "COG",
                  "The Gambia": "GMB", "The Bahamas": "BHS", "Federated States of Micronesia": "FSM",
                  "Kingdom of the Netherlands ": "NLD", "Ivory Coast": "CIV", "East Timor": "TLS",
                  "Vatican City": "VAT", "São Tomé and Príncipe": "STP", "Sao Tome and Principe": "STP",
                  "Eswatini": "SWZ", "North Korea": "PRK", "South Korea": "KOR", "Taiwan": "TWN",
                  "Georgia": "GEO", "Kosovo": "XKX", "Cape Verde": "CPV", "Brunei": "BRN"}


def wikidata_check(data, countries, P):
    """Compare open Wikidata rows with current heads; returns comment lines and unverified entries."""
    by_name = {}
    for i3, n in countries.name.items():
        by_name[n.lower()] = i3
    with open(os.path.join(data, "countries-mledoze", "countries.json"), encoding="utf-8") as fh:
        for c in json.load(fh):
            i3 = ISO3_FIX.get(c["cca2"], c["cca3"])
            by_name.setdefault(c["name"]["official"].lower(), i3)
            for a in c.get("altSpellings", []):
                by_name.setdefault(a.lower(), i3)
    current = {}
    for e in P.entries:
        if e.get_attr("role") in ("headOfState", "headOfGovernment") or "headOf" in e.get_attr("roles"):
            countries_of = [e.get_attr("country")] + [x for x in e.get_attr("alsoHeadOfStateOf").split(",") if x]
            for c in countries_of:
                current.setdefault(c, set()).update(norm_key(f) for f in e.surface_forms())
    notes, unverified = [], []
    with open(os.path.join(data, "world-leaders-wikidata", "wikidata.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in sorted(rows, key=lambda r: (r["country"], r["positionLabel"], r["start_year"], r["officeholderLabel"])):
        if r["end_year"]:
            continue
        i3 = WD_COUNTRY_FIX.get(r["country"]) or by_name.get(r["country"].lower(), "")
        if not i3:
            continue
        name = r["officeholderLabel"]
        cid = "country/" + i3
        if norm_key(name) in current.get(cid, set()):
            continue
        # surname match counts as agreement (spelling variants, e.g. Store/Støre)
        sur = norm_key(name).split(" ")[-1]
        if any(k.split(" ")[-1] == sur for k in current.get(cid, set())):
            continue
        start = r["start_year"]
        if re.fullmatch(r"Q\d+", name):
            notes.append("wikidata.csv lists %s for %s %s (since %s): unnamed Q-id, not applied"
                         % (name, r["country"], r["positionLabel"], start))
            continue
        is_new = start.isdigit() and int(start) >= 2026
        notes.append("wikidata.csv lists %s as %s since %s; Factbook 2026-01-22 differs; %s"
                     % (name, r["positionLabel"], start,
                        "added as unverified Person" if is_new else "not applied (stale or Factbook newer)"))
        if is_new:
            unverified.append((name, i3, r["positionLabel"], start))
    return notes, unverified


# --------------------------------------------------------------------------
# organisations
# --------------------------------------------------------------------------
FOCUS = ["RUS", "AZE", "KAZ", "TUR", "UKR", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK", "JPN",
         "KOR", "PRK", "BRA", "GEO", "ARM", "BLR", "SAU", "EGY", "NGA", "ZAF", "MEX", "CAN", "AUS", "ITA",
         "POL", "USA"]
# acronyms that are English words or too ambiguous to use as matching aliases
ACRONYM_STOP = {"REAL", "NEW", "PP", "NP", "CP", "GA", "UR", "PDD", "PSP", "CON", "LAB", "LIB", "SNP ", "DA",
                "PA", "PT", "PL", "PO", "KO", "RN", "IT", "US", "ONE", "ALL", "AND", "FOR", "THE", "WE",
                "OUR", "YES", "NO", "GO", "AM", "PM", "OR", "ON", "BE", "DO", "MY", "ME", "UP", "SO", "IN",
                "AT", "TO", "HE", "AS", "IS", "IF", "OF", "BY", "AN", "OK", "HOPE", "CARE", "LEFT", "PLAN",
                "FREE", "PAN", "SAFE", "BEST", "MAN", "ART", "CAN", "ACT", "AIM", "WIN"}


PARTY_STOP = {"party", "the", "of", "90", "'90", "and"}


def load_orgs(data, countries, curated_rows, people_entries):
    fr = json.load(open(os.path.join(data, "us-federal-agencies", "federalregister-agencies.json"), encoding="utf-8"))
    fr_keys = set()
    for a in fr:
        fr_keys.add(a.get("name") or "")
        fr_keys.add(a.get("short_name") or "")
    phoenix = open(os.path.join(data, "petrarch2-dictionaries", "Phoenix.International.actors.txt"),
                   encoding="utf-8", errors="replace").read()
    entries = []
    by_label = {}
    pending_parent = []
    for r in curated_rows:
        r += [""] * (8 - len(r))
        etype, label, aliases, iso3, acrs, parent, extra, check = r[:8]
        if etype not in ORG_TYPES:
            raise SystemExit("bad org type %r in %r" % (etype, r))
        if iso3 and iso3 not in countries.known:
            raise SystemExit("unknown country %r in %r" % (iso3, r))
        e = Entry("org/" + slug(label), etype, label, countries.cid(iso3), 100, "curated")
        for a in aliases.split("|"):
            e.add_alias(a)
        first_acr = ""
        for acr in [x.strip() for x in acrs.split(",") if x.strip()]:
            bare = acr.lstrip("!")
            first_acr = first_acr or bare
            if not acr.startswith("!"):
                e.add_alias(bare)
        e.set_attr("acronym", first_acr)
        if iso3:
            e.set_attr("country", countries.cid(iso3))
        for kv in [x for x in extra.split(";") if x]:
            k, v = kv.split("=", 1)
            if k != "note":          # notes document the curated table only
                e.set_attr(k, v)
        if check.startswith("fr:"):
            if check[3:] not in fr_keys:
                log("orgs: %s: %r not found in federalregister-agencies.json" % (label, check[3:]))
            else:
                e.set_attr("source", "federalregister")
        elif check.startswith("ph:"):
            if check[3:] not in phoenix:
                log("orgs: %s: %r not found in Phoenix.International.actors.txt" % (label, check[3:]))
            else:
                e.set_attr("source", "phoenix")
        if label in by_label:
            raise SystemExit("duplicate curated org label %r" % label)
        by_label[label] = e
        entries.append(e)
        if parent:
            pending_parent.append((e, parent))
    # ids: suffix with country when two different orgs share a slug
    seen = {}
    for e in entries:
        if e.id in seen:
            e.id = e.id + "-" + (e.get_attr("country")[8:].lower() or "int")
        seen[e.id] = e
    for e, parent in pending_parent:
        if parent not in by_label:
            raise SystemExit("unknown parent %r for %r" % (parent, e.label))
        e.set_attr("parent", by_label[parent].id)

    # political parties of the focus countries from the Factbook ("Full Name or ACRONYM")
    known = set()
    known_toks = set()
    for e in entries:
        for f in e.surface_forms():
            known.add(norm_key(f))
            known_toks.add(frozenset(norm_key(f).replace("/", " ").split()) - PARTY_STOP)
    for d in countries.factbook:
        iso3 = countries.gec.get(d["gec"], "")
        if iso3 not in FOCUS:
            continue
        pp = ((d.get("Government") or {}).get("Political parties") or {}).get("text", "")
        for item in re.split(r"<br\s*/?>", pp):
            item = clean_ws(re.sub(r"<[^>]+>", "", html.unescape(item)))
            item = re.sub(r"\s*\([^)]*\)\s*$", "", item)
            item = clean_ws(re.sub(r"\s*\[[^\]]*\]", "", item))   # leaders in brackets: "PL [Valdemar Costa Neto]"
            if not item or item.lower().startswith("note") or ":" in item:
                continue
            item = re.sub(r"\s+formerly\s+.*$", "", item)
            parts = [clean_ws(x) for x in item.split(" or ")]
            name, alts = parts[0], parts[1:]
            caps = [a for a in alts if re.fullmatch(r"[A-ZÇĞİÖŞÜƏ][A-ZÇĞİÖŞÜƏ\-!]{1,9}", a)]
            acr = caps[0] if caps else ""
            longs = [a for a in alts if a not in caps and len(a.split()) >= 2 and not a.startswith("The ")]
            alt_name = longs[0] if longs else ""
            if len(name.split()) < 2 or len(name) > 80 or not name[0].isupper():
                continue
            toks = frozenset(norm_key(name).replace("/", " ").split()) - PARTY_STOP
            if norm_key(name) in known or (acr and norm_key(acr) in known) or toks in known_toks:
                continue
            e = Entry("org/" + slug(name), "PoliticalParty", name, countries.cid(iso3), 20, "factbook")
            if acr and re.fullmatch(r"[A-ZÇĞİÖŞÜƏ][A-ZÇĞİÖŞÜƏ\-]{2,7}", acr) and acr not in ACRONYM_STOP:
                e.add_alias(acr)
                e.set_attr("acronym", acr)
            if alt_name:
                e.add_alias(alt_name)
            e.set_attr("country", countries.cid(iso3))
            e.set_attr("source", "factbook-2026-01-22")
            if e.id in seen:
                e.id = e.id + "-" + iso3.lower()
            if e.id in seen:
                continue
            seen[e.id] = e
            known.add(norm_key(name))
            entries.append(e)
    return entries


# --------------------------------------------------------------------------
# uniqueness of surface forms and ids, output
# --------------------------------------------------------------------------
def resolve_surface_clashes(entries):
    """No surface form may belong to two entries.  Label beats alias; alias/alias clashes drop
    the alias from both; label/label clashes keep the higher-priority entry."""
    changed = True
    dropped = []
    while changed:
        changed = False
        forms = {}
        for e in entries:
            for i, f in enumerate(e.surface_forms()):
                forms.setdefault(f, []).append((e, i == 0))
        for f in sorted(forms):
            owners = forms[f]
            if len({id(e) for e, _ in owners}) < 2:
                continue
            labels = [e for e, is_label in owners if is_label]
            aliases = [e for e, is_label in owners if not is_label]
            if len(labels) >= 2:
                labels.sort(key=lambda e: (-e.priority, -int((e.get_attr("since") or e.get_attr("to") or "0")[:4] or 0), e.id))
                keep = labels[0]
                for e in labels[1:]:
                    if e in entries:
                        entries.remove(e)
                        dropped.append(e)
                        log("clash: dropped %s (%s) - label %r already used by %s" % (e.id, e.source, f, keep.id))
                changed = True
                break
            for e in aliases:
                if f in e.aliases:
                    e.aliases.remove(f)
                    log("clash: alias %r removed from %s (also used by %s)" % (
                        f, e.id, ", ".join(sorted(x.id for x, _ in owners if x is not e))))
            changed = True
            break
    return dropped


def unique_ids(entries):
    seen = {}
    for e in entries:
        base = e.id
        if base in seen:
            cc = e.get_attr("country")[8:].lower()
            e.id = base + "-" + (cc or "x")
            n = 2
            while e.id in seen:
                e.id = "%s-%s-%d" % (base, cc or "x", n)
                n += 1
        seen[e.id] = e


def header(title, extra):
    lines = [
        "# %s" % title,
        "# generated by Ontology/scripts/build_people_orgs.py -- do not edit by hand; edit the script or Ontology/scripts/curated-*.tsv",
        "# date checked: %s" % DATE_CHECKED,
        "# columns: id<TAB>type<TAB>label<TAB>aliases(|)<TAB>demonyms<TAB>partOf<TAB>attributes(key=value;...)",
        "# sources and licences:",
    ] + ["#   " + x for x in extra]
    return lines


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def check_rows(rows):
    ids = set()
    for r in rows:
        cols = r.split("\t")
        assert len(cols) == 7, r
        assert cols[0] not in ids, "duplicate id " + cols[0]
        ids.add(cols[0])
        assert re.fullmatch(r"(person|org)/[a-z0-9]+(-[a-z0-9]+)*", cols[0]), cols[0]
        assert cols[2] and "|" not in cols[2]
        assert cols[4] == ""
        for kv in [x for x in cols[6].split(";") if x]:
            assert re.fullmatch(r"[A-Za-z]+=[^;\t]+", kv), (cols[0], kv)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(ONTOLOGY, "gazetteers"))
    args = ap.parse_args()
    data = os.path.normpath(args.data)

    countries = Countries(data)
    overrides = NameOverrides(os.path.join(HERE, "curated-name-overrides.tsv"))
    cur_people = read_tsv(os.path.join(HERE, "curated-people.tsv"))
    cur_orgs = read_tsv(os.path.join(HERE, "curated-organizations.tsv"))

    P = load_people(data, countries, overrides, cur_people, None)
    notes, unverified = wikidata_check(data, countries, P)
    for name, i3, pos, start in unverified:
        if P.find([name], i3):
            continue
        e = P.new(name, i3, 5, "wikidata")
        e.set_attr("office", pos)
        e.set_attr("role", "official")
        e.set_attr("since", start)
        e.set_attr("status", "unverified")
        e.set_attr("source", "wikidata.csv (scraped 2026; not in Factbook 2026-01-22)")
        P.index(e)
    people = P.entries
    orgs = load_orgs(data, countries, cur_orgs, people)

    for e in people + orgs:
        e.expand_variants()
        if e.type == "Person":
            # a bare surname is never an alias (mononyms are listed in curated tables only)
            e.aliases = [a for a in e.aliases if " " in a or a in MONONYMS]
    everything = people + orgs
    resolve_surface_clashes(everything)
    people = [e for e in people if e in everything]
    orgs = [e for e in orgs if e in everything]
    unique_ids(people)
    unique_ids(orgs)

    # attribute order: fixed keys first, then the rest in insertion order
    order = ["office", "role", "roles", "since", "from", "to", "country", "org", "acronym", "parent"]
    for e in people + orgs:
        e.attrs.sort(key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order)))

    role_rank = {"headOfState": 0, "headOfGovernment": 1, "foreignMinister": 2, "spokesperson": 3,
                 "minister": 4, "official": 5, "formerLeader": 6}
    people.sort(key=lambda e: (role_rank.get(e.get_attr("role"), 9), e.id))
    orgs.sort(key=lambda e: (e.type, e.id))

    prow = [e.row() for e in people]
    orow = [e.row() for e in orgs]
    check_rows(prow + orow)
    # global uniqueness of surface forms
    owner = {}
    for e in people + orgs:
        for f in e.surface_forms():
            assert f not in owner or owner[f] is e, "surface form %r in %s and %s" % (f, owner[f].id, e.id)
            owner[f] = e

    missing = sorted({e.partof for e in people + orgs if e.partof} - ({"country/" + c for c in countries.known}))
    if missing:
        log("country ids not in mledoze list: %s" % ", ".join(missing))
    if countries.gazetteer_ids:
        miss = sorted({e.partof for e in people + orgs if e.partof} - countries.gazetteer_ids)
        if miss:
            log("country ids not (yet) in countries.tsv: %s" % ", ".join(miss))

    src_people = [
        "CIA World Factbook, Government sections, data 2026-01-22 (factbook-executive.tsv, factbook-executive-history.tsv.gz): public domain (US government work); mirror repo CC0",
        "Wikidata heads of state/government via every-politician-scrapers/world-leaders-2021 wikidata.csv: CC0 1.0 (cross-check only)",
        "CountryInfo people_leaders.csv (P. A. Schrodt, openeventdata/CountryInfo): CC BY-SA 3.0 -- historical leaders ~1960-2011",
        "hand-curated tables Ontology/scripts/curated-people.tsv and curated-name-overrides.tsv (state of knowledge late 2025)",
        "roles: headOfState headOfGovernment foreignMinister spokesperson minister official formerLeader; status=unverified = named only by wikidata.csv",
    ]
    src_orgs = [
        "hand-curated table Ontology/scripts/curated-organizations.tsv",
        "US federal agencies: Federal Register agency list (CivicActions/allusgov scrape, April 2023): public domain (17 U.S.C. 105)",
        "PETRARCH2 Phoenix.International.actors.txt (Open Event Data Alliance): MIT -- used to confirm IGO/NGO names",
        "CIA World Factbook 2026-01-22 Political parties field (focus countries): public domain",
    ]
    pnotes = ["# wikidata cross-check: " + n for n in notes]
    build = ["# build note: " + n for n in LOG]
    write(os.path.join(args.out, "people.tsv"),
          header("NewsGraph gazetteer: people (heads of state and government, officials, former leaders)", src_people)
          + prow + pnotes + [x for x in build if "clash" in x or "people" in x])
    write(os.path.join(args.out, "organizations.tsv"),
          header("NewsGraph gazetteer: organizations", src_orgs)
          + orow + [x for x in build if "orgs" in x or ("clash" in x and "org/" in x) or "country ids" in x])
    print("people: %d  organizations: %d" % (len(prow), len(orow)), file=sys.stderr)


MONONYMS = {"Lula", "Prabowo", "Tedros", "Naruhito", "Vajiralongkorn"}

if __name__ == "__main__":
    main()
