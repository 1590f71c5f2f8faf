"""Tests of factbook_regions.py on hand-written Factbook fields (no data files needed).

Run:  python3 -m unittest discover -s Ontology/scripts -p 'test_*.py'
"""
import unittest
import unicodedata

import factbook_regions as fb


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Entry:
    def __init__(self, id_, label, iso3):
        self.id, self.label, self.iso3, self.aliases, self.attrs = id_, label, iso3, [], []

    def add_alias(self, a):
        if a != self.label and a not in self.aliases:
            self.aliases.append(a)

    def set_attr(self, k, v):
        self.attrs.append((k, v))


class ParsingTests(unittest.TestCase):
    def names(self, field):
        return [(kind, name, others) for label, text in fb._blocks(field)
                for kind in [label] for raw in fb._split_names(text) for parsed in [fb._parse_name(raw)] if parsed
                for name, others in [parsed]]

    def test_header_then_names_with_other_names_and_asterisks(self):
        field = ("4 provinces (<em>provinsi</em>, singular - <em>provinsi</em>) and 1 special region*; "
                 "Aceh*, Jawa Tengah (Central Java), Bali, Papua Barat (West Papua)")
        self.assertEqual([(n, o) for _, n, o in self.names(field)],
                         [("Aceh", []), ("Jawa Tengah", ["Central Java"]), ("Bali", []),
                          ("Papua Barat", ["West Papua"])])

    def test_labelled_blocks_and_semicolons(self):
        field = ("81 provinces and 38 chartered cities <br><br><strong>provinces:</strong> Abra, Agusan del Sur"
                 "<br><br><strong>chartered cities:</strong> Angeles, Bacolod")
        blocks = fb._blocks(field)
        self.assertEqual([label for label, _ in blocks], ["provinces", "chartered cities"])
        field = "3 governorates; 'Al Anbar; Arbil (Erbil) (Arabic), Halabjah; Babil"
        self.assertEqual([n for _, n, _ in self.names(field)], ["Al Anbar", "Arbil", "Halabjah", "Babil"])

    def test_or_and_slash_give_other_names(self):
        self.assertEqual(fb._parse_name(" Ajaria or Acharis Respublika"), ("Ajaria", ["Acharis Respublika"]))
        self.assertEqual(fb._parse_name("Elgeyo/Marakwet"), ("Elgeyo-Marakwet", []))
        self.assertIsNone(fb._parse_name("and 1 territory*"))
        self.assertIsNone(fb._parse_name("note: see above"))

    def test_a_name_in_brackets_of_two_words_or_with_a_hyphen_is_the_english_name(self):
        self.assertEqual(fb._parse_name("Batys Qazaqstan [West Kazakhstan]"), ("West Kazakhstan", ["Batys Qazaqstan"]))
        self.assertEqual(fb._parse_name("Kuhistoni Badakhshon [Gorno-Badakhshan]"),
                         ("Gorno-Badakhshan", ["Kuhistoni Badakhshon"]))
        self.assertEqual(fb._parse_name("Birkaland [Tampere]"), ("Birkaland", []))
        self.assertEqual(fb._parse_name("Zabaykalsk [Transbaikal] (Chita)"), ("Zabaykalsk", []))

    def test_singular_kind(self):
        self.assertEqual(fb.singular("two-tier counties"), "county")
        self.assertEqual(fb.singular("provinces, 1 autonomous region*,"), "province")
        self.assertEqual(fb.singular("parishes"), "parish")
        self.assertEqual(fb.singular("metropolitan denmark - 5 regions"), "region")

    def test_loose_key_meets_other_spellings(self):
        self.assertEqual(fb.loose_key("Al Anbar", fold), fb.loose_key("Anbar Province", fold))
        self.assertEqual(fb.loose_key("Córdoba", fold), "cordoba")
        self.assertNotEqual(fb.loose_key("Alabama", fold), fb.loose_key("Abama", fold))


class UsableTests(unittest.TestCase):
    def test_words_names_and_generic_words_make_no_bare_name(self):
        english = {"plateau", "delta"}
        people = {"Maryland", "Florida"}
        self.assertFalse(fb.usable("Plateau", english, people))
        self.assertFalse(fb.usable("Florida", english, people))
        self.assertFalse(fb.usable("North Central", english, people))
        self.assertFalse(fb.usable("Ba", english, people))
        self.assertTrue(fb.usable("Cross River", english, people))
        self.assertTrue(fb.usable("Agusan del Sur", english, people))

    def test_a_name_the_corpus_reads_as_a_team_or_a_person_is_left_out(self):
        whole = {"Surrey": {"ORG": 30, "LOC": 2}, "Bali": {"LOC": 5}, "Vladimir Putin": {"PER": 40}}
        inside = {"Vladimir": {"PER": 41}, "Bali": {"LOC": 1}}
        self.assertTrue(fb.read_otherwise("Surrey", (whole, inside)))
        self.assertTrue(fb.read_otherwise("Vladimir", (whole, inside)))
        self.assertFalse(fb.read_otherwise("Bali", (whole, inside)))
        self.assertFalse(fb.read_otherwise("Agusan del Sur", (whole, inside)))


class BuildTests(unittest.TestCase):
    def build(self, rows, taken=None, existing=()):
        notes = []
        original = fb.read_divisions
        fb.read_divisions = lambda data: rows
        try:
            return fb.build("/nonexistent", {"PH": "PHL", "IQ": "IRQ", "EC": "ECU", "CO": "COL"}, taken or {},
                            list(existing), set(), set(), Entry, lambda s: fold(s).lower().replace(" ", "-"), fold,
                            notes.append)
        finally:
            fb.read_divisions = original

    def test_a_division_becomes_a_region_of_its_country_with_its_kind(self):
        entries = self.build([("PH", "provinces", "Agusan del Sur", [])])
        self.assertEqual([(e.id, e.label, e.iso3, e.attrs) for e in entries],
                         [("region/agusan-del-sur", "Agusan del Sur", "PHL", [("kind", "province"), ("source", "factbook")])])

    def test_taken_shared_and_curated_names_are_left_out(self):
        rows = [("PH", "provinces", "Cebu", []), ("EC", "provinces", "Bolivar", []),
                ("CO", "departments", "Bolívar", []), ("IQ", "governorates", "Al Anbar", []),
                ("IQ", "governorates", "Dhi Qar", [])]
        entries = self.build(rows, taken={"Cebu": "region/cebu"}, existing=[("IRQ", "Anbar")])
        self.assertEqual([e.label for e in entries], ["Dhi Qar"])

    def test_a_name_with_an_arabic_article_also_comes_without_it(self):
        entries = self.build([("IQ", "governorates", "Al Muthanna", []), ("IQ", "governorates", "As Sulaymaniyah", ["Slemani"])])
        self.assertEqual([(e.label, e.aliases) for e in entries],
                         [("Al Muthanna", ["Muthanna"]), ("As Sulaymaniyah", ["Slemani", "Sulaymaniyah"])])


if __name__ == "__main__":
    unittest.main()
