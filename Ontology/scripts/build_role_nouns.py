#!/usr/bin/env python3
"""Builds Ontology/patterns/role-nouns.txt: lower-case nouns that name what a person is or does
("analyst", "spokesman", "epidemiologist"), used as evidence that a nearby name is a person.

Source: the agents dictionary of PETRARCH/Phoenix (Open Event Data Alliance, MIT licence),
../shared/data/petrarch2-dictionaries/Phoenix.agents.txt, plus the curated list below.
Run from the repository root: python3 Ontology/scripts/build_role_nouns.py [--data ../shared/data]
"""
import argparse
import re
from pathlib import Path

# Collective or institutional agents: they name groups or bodies, not a person.
COLLECTIVE = {
    "government", "administration", "army", "police", "military", "navy", "air force", "regime", "ministry",
    "cabinet", "parliament", "legislature", "congress", "senate", "court", "judiciary", "opposition",
    "rebels", "insurgency", "militia", "junta", "party", "union", "church", "mosque", "media", "press",
    "people", "population", "public", "citizenry", "crowd", "mob", "family", "tribe", "clan", "company",
    "business", "industry", "firm", "corporation", "bank", "school", "university", "hospital", "clinic",
    "guerrilla", "guerrillas", "force", "forces", "troops", "security forces", "authorities",
}

# Last words that make an entry a body, a group or an activity rather than a person.
COLLECTIVE_HEADS = {
    "commission", "federation", "operations", "operation", "regime", "leadership", "activity", "activities",
    "organization", "organisation", "movement", "council", "committee", "group", "groups", "agency", "office",
    "department", "service", "services", "unit", "units", "network", "association", "alliance", "front",
    "coalition", "community", "sector", "staff", "personnel", "establishment", "faction", "wing", "team",
    "class", "elite", "workforce", "population", "masses", "society", "assembly", "board", "bureau",
}
# Entries ending in a function word are fragments ("c in c of", "observers in").
FUNCTION_WORDS = {"of", "in", "on", "at", "to", "for", "and", "the", "a", "an", "by", "with", "from"}

# Truncated stems in the dictionary ("MINIST", "GOVERNMEN").
STEM_ENDINGS = ("minist", "governmen", "militar")

# Roles news writes that the dictionary lacks or spells differently.
CURATED = """
spokesman spokeswoman spokesperson press secretary analyst political analyst commentator columnist
correspondent reporter journalist editor editor-in-chief photographer anchor presenter blogger
epidemiologist virologist scientist researcher professor economist historian expert adviser advisor aide
director director-general executive director chief executive ceo chairman chairwoman chair president
vice president prime minister minister deputy minister foreign minister defense minister defence minister
commissioner health commissioner secretary undersecretary ambassador envoy diplomat consul charge d'affaires
chargé d'affaires governor mayor lawmaker senator congressman congresswoman legislator deputy mp
general colonel commander officer lieutenant captain sergeant soldier pilot co-pilot crew member
lawyer attorney prosecutor judge investigator inspector detective official officer spokesman
doctor physician nurse surgeon pharmacist activist campaigner dissident opposition leader leader founder
co-founder owner manager head chief coach player striker midfielder goalkeeper defender captain
singer actor actress author writer novelist poet artist filmmaker director producer
survivor witness victim resident student teacher worker employee executive businessman businesswoman
brother sister father mother son daughter wife husband widow uncle aunt cousin grandson granddaughter
king queen prince princess emir sheikh sultan crown prince pope cardinal bishop archbishop imam rabbi priest
""".split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="Ontology/patterns/role-nouns.txt")
    args = parser.parse_args()
    source = Path(args.data) / "petrarch2-dictionaries" / "Phoenix.agents.txt"
    nouns = set()
    person_words = ["man", "woman", "person"]
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        match = re.match(r"^([A-Z][A-Z_!\-']*?)\s*\[", line)
        if not match:
            continue
        entry = match.group(1).rstrip("_")
        forms = [entry.replace("!PERSON!", w) for w in person_words] if "!PERSON!" in entry else [entry]
        for form in forms:
            if "!" in form:
                continue
            noun = form.replace("_", " ").lower().strip()
            last = noun.split()[-1]
            if last in FUNCTION_WORDS or len(last) < 3:
                continue
            if 3 <= len(noun) <= 30 and noun not in COLLECTIVE and last not in COLLECTIVE \
                    and last not in COLLECTIVE_HEADS and not last.endswith(STEM_ENDINGS):
                nouns.add(noun)
    nouns.update(n for n in CURATED if n not in COLLECTIVE)
    header = (
        "# Role nouns: what a person is or does, lower case, one per line.\n"
        "# Evidence that a nearby capitalized name is a person (\"Leyla Gurbanli, a political analyst\").\n"
        "# Derived from PETRARCH/Phoenix Phoenix.agents.txt (Open Event Data Alliance, MIT licence) plus a\n"
        "# curated list by the NewsGraph developers. Generated by Ontology/scripts/build_role_nouns.py.\n"
    )
    Path(args.out).write_text(header + "".join(n + "\n" for n in sorted(nouns)), encoding="utf-8")
    print(f"{args.out}: {len(nouns)} role nouns")


if __name__ == "__main__":
    main()
