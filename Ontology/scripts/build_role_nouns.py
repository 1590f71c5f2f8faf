#!/usr/bin/env python3
"""Builds Ontology/patterns/role-nouns.txt: lower-case nouns and noun phrases that name ONE person by
role, office, occupation, family relation or description ("analyst", "health minister", "opposition
leader", "widow", "striker", "imam"). The pattern stage takes such a noun right before or after a
capitalized name as strong evidence that the name is a person ("Leyla Gurbanli, a political analyst",
"archbishop Bernardin").

Source: the agents dictionary of PETRARCH/Phoenix (Open Event Data Alliance, MIT licence),
../shared/data/petrarch2-dictionaries/Phoenix.agents.txt, plus the curated list below (NewsGraph
developers). PETRARCH agents also name groups, bodies, things and events ("opposition daily", "a cabinet
meeting", "administrative body", "aerospace", "agitated students"), so every entry goes through these
rules, in this order:

  1. fragment      - it starts with a determiner ("a cabinet meeting"), ends in a truncated stem
                     ("livestock authorit") or in a word shorter than 3 letters ("lieutenant jg"; "mp"
                     excepted);
  2. qualifier     - a phrase such as "secretary of state" or "leader in exile" is cut before its first
                     preposition ("secretary", "leader"): the words after it are not the head. The cut
                     phrase is kept when the rules below accept it;
  3. coordination  - it joins two nouns ("students and teacher", "savings and loan");
  4. hand decision - NON_PERSON_ENTRIES: the last word is a person noun but the phrase names a thing or a
                     body ("jet fighter", "coast guard");
  5. head          - its last word is listed in NON_PERSON_HEADS (media outlets, bodies, company roles,
                     groups, events, things, places, fields, adjectives, other words, unknown words);
  6. plural        - its last word is a plural ("agitated students", "gunmen"): a group, not one person.

Rules 5 and 6 look at the LAST word because PatternLexicon.swift also adds the last word of every multi-word
entry as a cue on its own, and the matcher compares one token at a time: "opposition daily" would make
"daily" a person cue. So the last word of every entry kept here is itself a person noun, except the two
PERSON_ONLY_TAILS ("chargé d'affaires", "professor emeritus"). The same rules apply to the curated list.
Words kept on purpose although they have another sense are listed in REQUIRED_CUES; the script fails
(exit status 1) when an edit of the tables would drop one of them.

Only dictionary lines of the form WORD [CODE] are read, with !PERSON! taken as man, woman and person;
the lines with a plural in braces ("GUNMAN {}", "THIEF {THIEVES}", 76 of them) and the other
substitution sets (!MINIST!) are not.

Output: sorted, one entry per line, byte-identical between runs. Python 3 standard library only.
Run from the repository root: python3 Ontology/scripts/build_role_nouns.py [--data ../shared/data] [--verbose]
--verbose prints every entry that is dropped or cut, with its rule, on standard error.
"""
import argparse
import re
import sys
from collections import Counter
from pathlib import Path

# Words that start a fragment rather than a noun ("a cabinet meeting").
DETERMINERS = {"a", "an", "the"}

# Truncated stems in the dictionary ("MINIST", "GOVERNMEN", "LIVESTOCK_AUTHORIT", "ILLICIT_DRUG_INDUSTR").
TRUNCATED_ENDINGS = ("minist", "governmen", "militar", "authorit", "compan", "industr")

# Short words that are a role noun ("opposition mp"); other last words of one or two letters are fragments.
SHORT_ROLE_NOUNS = {"mp"}

# Words after which the rest of an entry qualifies its head: "secretary of state", "leader in exile",
# "minister without portfolio", "aide de camp", "gun for hire". The entry is cut before the first one.
QUALIFIER_WORDS = {"of", "in", "for", "de", "without", "with", "to", "at", "on", "by", "from"}

# Words that join two nouns: the entry names two kinds of people or a thing ("savings and loan").
COORDINATORS = {"and", "or", "&"}

# Plurals: a last word ending in -s (not -ss, -us, -is: "boss", "actress", "witness") or in -men, or one
# of these irregular plurals. A plural role noun names a group ("protesters", "troops", "gunmen"), and in
# front of a capitalized name it more often introduces a group's name than one person's.
SINGULAR_S_ENDINGS = ("ss", "us", "is")
IRREGULAR_PLURALS = {"children", "people", "townspeople", "hasidim"}

# Last words that are no noun alone but only ever follow a person noun, so they are safe cues and kept:
# the token before the name in "chargé d'affaires Ali Hasanov", "professor emeritus John Smith".
PERSON_ONLY_TAILS = {"d'affaires", "emeritus"}

# Last words that make an entry something other than one person. Each group is checked against the last
# word of every entry, after the qualifier cut.
NON_PERSON_HEADS = {
    # Newspapers, broadcasters and other outlets: "the daily Sueddeutsche Zeitung".
    "media outlet": {
        "newspaper", "daily", "weekly", "paper", "tabloid", "broadcaster", "channel", "station", "outlet",
        "agency", "magazine", "journal", "wire", "gazette", "publication", "blog", "website", "site",
        "television", "radio", "news", "press", "media", "network",
    },
    # Governments, forces, courts, parties, churches, firms and their parts.
    "body or institution": {
        "government", "administration", "regime", "ministry", "cabinet", "parliament", "legislature",
        "congress", "senate", "duma", "court", "judiciary", "tribunal", "judicatory", "judicature",
        "chamber", "chancellery", "chancery", "consistory", "politburo", "praesidium", "presidium",
        "procuratorate", "secretariat", "secretariate", "bureaucracy", "embassy", "consulate", "mission",
        "diocese", "archdiocese", "kingdom", "monarchy", "monarcy", "polity", "republic", "state",
        "army", "police", "military", "navy", "junta", "regiment", "battalion", "brigade", "garrison",
        "detachment", "corps", "gendarmerie", "gendermarie", "gendarmery", "infantry", "command", "patrol",
        "reserve", "resistance", "opposition", "party", "union", "church", "mosque", "company", "business",
        "firm", "corporation", "corp", "bank", "school", "university", "hospital", "clinic", "institute",
        "institution", "enterprise", "conglomerate", "airline", "airway", "telecom", "exchange", "ngo",
        "commission", "federation", "organization", "organisation", "movement", "council", "committee",
        "office", "department", "dept", "deparment", "service", "unit", "association", "alliance",
        "coalition", "community", "establishment", "faction", "wing", "team", "board", "bureau", "assembly",
        "delegation", "authority", "apparatus", "system", "branch", "leadership", "cartel", "syndicate",
        "mafia", "maffia", "mukhabarat", "muhabarat", "mukabarat", "janjaweed", "group", "force", "front",
        "body", "sector",
    },
    # Nouns that in news name a company, a country or an agency at least as often as a person
    # ("oil producer", "defense contractor", "the regulator", "war monitor"); several are organization
    # nouns of PatternMatcher.swift as well.
    "company or agency role": {
        "maker", "automaker", "carmaker", "steelmaker", "manufacturer", "manafacture", "producer",
        "exporter", "operator", "carrier", "contractor", "employer", "regulator", "provider", "startup",
        "insurer", "charity", "watchdog", "nonprofit", "monitor",
    },
    # Singular nouns for a group of people ("a gang", "the clergy", "an ethnic minority").
    "group of people": {
        "crowd", "mob", "family", "tribe", "clan", "population", "public", "citizenry", "masses", "class",
        "elite", "workforce", "staff", "personnel", "society", "electorate", "minority", "crew", "clergy",
        "soldiery", "troop", "gang", "band", "squad", "clique", "echelon", "phalanx", "assemblage", "rabble",
        "militia", "milita",
        # These also name one person, but before a name they mostly qualify a group or an event ("the
        # leftist guerrilla FARC", "the paramilitary Wagner Group", "the youth Olympics"); "guerrilla
        # leader" and "youth protester" stay.
        "guerrilla", "guerilla", "paramilitary", "youth",
    },
    # Activities and events.
    "activity or event": {
        "meeting", "talks", "summit", "election", "rally", "protest", "strike", "revolt", "rebellion",
        "uprising", "insurgence", "insurgency", "coup", "operation", "activity", "campaign", "war",
        "conflict", "rule", "governance", "check", "trade", "liberation", "presence",
    },
    # Vehicles, weapons and other things.
    "thing": {
        "aircraft", "jet", "jumbojet", "jetfighter", "jetliner", "airliner", "plane", "warplane",
        "helicopter", "gunship", "drone", "uav", "vehicle", "missile", "tank", "tanker", "supertanker",
        "ship", "warship", "battleship", "battlewagon", "containership", "vessel", "boat", "craft", "cruiser",
        "destroyer", "frigate", "corvette", "freighter", "oiler", "submarine", "hornet", "falcon", "typhoon",
        "kfir", "mig", "hmmwv", "humvee", "machine", "gun", "weapon", "artillery", "tourer", "rover",
    },
    # Buildings, sites and places.
    "building or place": {
        "building", "house", "palace", "prison", "jail", "barracks", "base", "camp", "position", "post",
        "facility", "facilitiy", "infirmary", "sanatorium", "sanatarium", "sanitarium", "monastery",
        "monastary", "minster", "college", "conservatory", "kindergarten", "kindergarden", "preschool",
        "schoolhouse", "village", "town", "neighborhood", "neighbourhood", "settlement", "district",
        "gangland",
    },
    # Fields, sectors and portfolios ("aerospace", "agrobusiness", "health").
    "field or sector": {
        "aerospace", "agrobusiness", "agribusiness", "agriculture", "aviation", "commerce", "defence",
        "defense", "economy", "education", "energy", "environment", "enforcement", "finance", "health",
        "healthcare", "industry", "intelligence", "information", "labor", "labour", "protocol", "religion",
        "revenue", "security", "tourism", "transport", "transportation", "treasury",
    },
    # Adjectives and qualifiers that are no noun alone, or whose adjective use dominates in news
    # ("his native Sicily", "a sovereign Ukraine", "radical Islam", "foreign", "retired").
    "adjective": {
        "foreign", "political", "naval", "islamic", "jewish", "hebrew", "civil", "retired", "naturalized",
        "native", "non-native", "prime", "vice", "semi-official", "state-owned", "sovereign", "supreme",
        "led", "federale", "nationale", "especiales", "extraordinary", "advisory", "hardline", "radical",
    },
    # Other words that are no person: "source" (sources are anonymous), "charge" (an accusation), "crown",
    # "grade" ("lieutenant junior grade"), "bird" ("jail bird"; "jailbird" stays).
    "other non-person word": {"source", "charge", "crown", "grade", "bird"},
    # Words whose meaning could not be checked (PETRARCH BRANOKKER [~CRM], KANIDURGU [~HIN], TINGINIST [~HLH]).
    "unknown word": {"branokker", "kanidurgu", "tinginist"},
}

# Hand decisions: entries whose last word is a person noun but which name a thing or a body. The last word
# stays a cue through other entries ("freedom fighter", "suicide bomber", "border guard").
NON_PERSON_ENTRIES = {
    "jet fighter": "an aircraft",
    "stealth fighter": "an aircraft",
    "tomcat fighter": "an aircraft",
    "joint strike fighter": "an aircraft",
    "nighthawk stealth fighter": "an aircraft",
    "fighter bomber": "an aircraft",
    "stealth bomber": "an aircraft",
    "combat trainer": "an aircraft",
    "unmanned predator": "a drone",
    "coast guard": "a service",
    "national guard": "a force",
    "army national guard": "a force",
    "military justice": "a legal system",
    "anti government youth": "a group",
}

# Cues that must stay (checked after the build): common person cues of news copy ("analyst",
# "spokesman", "correspondent"), and words kept after review although they have a non-person sense too,
# because the person sense dominates in news ("general", "justice", "fighter", "bomber", "exile", "investor", "publisher", "trader",
# "militant", "customer").
REQUIRED_CUES = {
    "analyst", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "journalist",
    "minister", "official", "director", "founder", "ambassador", "d'affaires", "general", "justice",
    "fighter", "bomber", "exile", "investor", "publisher", "trader", "militant", "customer", "guard",
}

# Roles news writes that the dictionary lacks or spells differently; comma-separated, one entry each.
CURATED = """
spokesman, spokeswoman, spokesperson, press secretary, analyst, political analyst, commentator, columnist,
correspondent, reporter, journalist, editor, editor-in-chief, photographer, anchor, presenter, blogger,
epidemiologist, virologist, scientist, researcher, professor, economist, historian, expert, adviser, advisor,
aide, director, director-general, executive director, chief executive, ceo, chairman, chairwoman, chair,
president, vice president, prime minister, minister, deputy minister, foreign minister, defense minister,
defence minister, commissioner, health commissioner, secretary, undersecretary, ambassador, envoy, diplomat,
consul, charge d'affaires, chargé d'affaires, governor, mayor, lawmaker, senator, congressman, congresswoman,
legislator, deputy, mp, general, colonel, commander, officer, lieutenant, captain, sergeant, soldier, pilot,
co-pilot, crew member, lawyer, attorney, prosecutor, judge, investigator, inspector, detective, official,
doctor, physician, nurse, surgeon, pharmacist, activist, campaigner, dissident, opposition leader, leader,
founder, co-founder, owner, manager, head, chief, coach, player, striker, midfielder, goalkeeper, defender,
singer, actor, actress, author, writer, novelist, poet, artist, filmmaker, producer, survivor, witness,
victim, resident, student, teacher, worker, employee, executive, businessman, businesswoman, brother, sister,
father, mother, son, daughter, wife, husband, widow, uncle, aunt, cousin, grandson, granddaughter, king,
queen, prince, princess, emir, amir, sheikh, sultan, crown prince, pope, cardinal, bishop, archbishop, imam,
rabbi, priest, helper, domestic helper, domestic worker, maid, housekeeper, driver, taxi driver, retiree, pensioner,
vendor, street vendor, shopkeeper, labourer, laborer, cleaner, cook, baker, tailor, mechanic, electrician, plumber,
carpenter, miner, fisherman, shepherd, herder, nanny, caretaker, janitor, waiter, waitress, hairdresser
"""

PERSON_WORDS = ["man", "woman", "person"]  # the singular forms of PETRARCH's !PERSON! substitution set


def curated_entries():
    return [entry.strip() for entry in CURATED.replace("\n", " ").split(",") if entry.strip()]


def dictionary_entries(source):
    """The lower-case forms of the PETRARCH agents, in file order ("opposition daily", "cattleman")."""
    forms = []
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        match = re.match(r"^([A-Z][A-Z_!\-']*?)\s*\[", line)
        if not match:
            continue
        entry = match.group(1).rstrip("_")
        for form in [entry.replace("!PERSON!", w) for w in PERSON_WORDS] if "!PERSON!" in entry else [entry]:
            if "!" not in form:
                forms.append(form.replace("_", " ").lower().strip())
    return forms


def is_plural(word):
    if word in PERSON_ONLY_TAILS:
        return False
    if word in IRREGULAR_PLURALS or word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(SINGULAR_S_ENDINGS)


HEAD_CATEGORY = {word: category for category, words in NON_PERSON_HEADS.items() for word in words}


def judge(noun):
    """(kept form or None, rule, detail) for one entry."""
    words = noun.split()
    if not words or words[0] in DETERMINERS or words[-1].endswith(TRUNCATED_ENDINGS):
        return None, "fragment", ""
    cut = next((i for i, w in enumerate(words) if w in QUALIFIER_WORDS), None)
    rule = "kept"
    if cut is not None:
        words = words[:cut]
        rule = "qualifier"
    if not words or len(words[-1]) < 3 and words[-1] not in SHORT_ROLE_NOUNS:
        return None, "fragment", ""
    form = " ".join(words)
    if any(w in COORDINATORS for w in words):
        return None, "coordination", ""
    if form in NON_PERSON_ENTRIES:
        return None, "hand decision", NON_PERSON_ENTRIES[form]
    last = words[-1]
    if last in HEAD_CATEGORY:
        return None, "head: " + HEAD_CATEGORY[last], last
    if is_plural(last):
        return None, "plural", last
    return form, rule, ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="Ontology/patterns/role-nouns.txt")
    parser.add_argument("--verbose", action="store_true", help="print every dropped or cut entry and its rule")
    args = parser.parse_args()
    source = Path(args.data) / "petrarch2-dictionaries" / "Phoenix.agents.txt"
    candidates = sorted(set(dictionary_entries(source)) | set(curated_entries()))
    nouns, dropped, cut = set(), Counter(), 0
    for noun in candidates:
        form, rule, detail = judge(noun)
        if form is None:
            dropped[rule] += 1
            if args.verbose:
                print(f"drop\t{rule}\t{noun}" + (f"\t({detail})" if detail else ""), file=sys.stderr)
            continue
        if form != noun:
            cut += 1
            if args.verbose:
                print(f"cut\t{rule}\t{noun} -> {form}", file=sys.stderr)
        nouns.add(form)
    header = (
        "# Role nouns: what ONE person is or does, lower case, one per line.\n"
        "# Evidence that a nearby capitalized name is a person (\"Leyla Gurbanli, a political analyst\").\n"
        "# The last word of every entry is a person noun by itself (the loader also uses it alone as a cue),\n"
        "# except \"d'affaires\" and \"emeritus\", which only ever follow one.\n"
        "# Derived from PETRARCH/Phoenix Phoenix.agents.txt (Open Event Data Alliance, MIT licence) plus a\n"
        "# curated list by the NewsGraph developers. Generated by Ontology/scripts/build_role_nouns.py.\n"
    )
    cues = nouns | {noun.split()[-1] for noun in nouns}
    missing = sorted(REQUIRED_CUES - cues)
    if missing:
        sys.exit(f"error: required role nouns would be dropped: {', '.join(missing)} (see REQUIRED_CUES)")
    Path(args.out).write_text(header + "".join(n + "\n" for n in sorted(nouns)), encoding="utf-8")
    summary = ", ".join(f"{rule} {count}" for rule, count in sorted(dropped.items()))
    print(f"{args.out}: {len(nouns)} role nouns from {len(candidates)} candidates; "
          f"cut {cut}; dropped {sum(dropped.values())} ({summary})")


if __name__ == "__main__":
    main()
