import Foundation
import Testing
@testable import NewsText

@Suite struct TextCleanerTests {
    func clean(_ text: String) -> (String, DocumentMetadata) {
        let result = TextCleaner().clean(Array(text.utf8))
        let lines = String(decoding: result.text, as: UTF8.self).split(separator: "\n").map(String.init)
        return (lines.joined(separator: "\n"), result.metadata)
    }

    @Test func dropsNavigationBylinesTimestampsAndCredits() {
        let (text, metadata) = clean("""
            Skip to Content
            Home | World | Politics
            FILE - President Ilham Aliyev speaks in Baku, Azerbaijan. (AP Photo/Jane Roe, File)
            FILE - President Ilham Aliyev speaks in Baku, Azerbaijan. (AP Photo/Jane Roe, File)
            More Images
            By JOHN DOE and MARY ROE
            Updated 3:41 PM GMT+4, July 1, 2025
            Share
            Getty Images
            BAKU, Azerbaijan (AP) — Police raided an office on Monday.
            Recommended Articles
            Copyright 2025 The Associated Press. All rights reserved.
            Reporting by Jane Roe in Cairo; Editing by John Doe
            Our Standards: The Thomson Reuters Trust Principles.
            """)
        #expect(text == "President Ilham Aliyev speaks in Baku, Azerbaijan.\nPolice raided an office on Monday.")
        #expect(metadata.datelinePlace == "Baku")
        #expect(metadata.datelineRegion == "Azerbaijan")
        #expect(metadata.agency == "AP")
        #expect(metadata.date == "2025-07-01")
        #expect(metadata.byline == "JOHN DOE and MARY ROE")
    }

    /// A wire's credit line longer than a junk line, a byline with "with" and "in", and a photo credit in Spanish or
    /// Portuguese are furniture.
    @Test func dropsLongReportingCreditsBylinesWithAPlaceAndSpanishPhotoCredits() {
        let (text, metadata) = clean("""
            By Tuva LINDQVIST with Marc BERGERON in Stockholm
            Supporters light candles in Bogotá on Monday. (Foto: Camilo Arboleda / El Heraldo del Altiplano)
            Police said the gunman acted alone.
            Reporting by Leila Farahani in Dubai and Noam Birenbaum in Jerusalem; Additional reporting by Tom Haskell in Washington and Rasha Darwish in Doha; Writing by Martin Coyle; Editing by Claire Osborne
            """)
        #expect(text == "Supporters light candles in Bogotá on Monday.\nPolice said the gunman acted alone.")
        #expect(metadata.byline == "Tuva LINDQVIST with Marc BERGERON in Stockholm")
    }

    @Test func dropsAWirePhotoCreditWithItsLicensingLink() {
        let (text, _) = clean("""
            Guards stand near the Red Fort in Delhi, India, November 11, 2025. (Reuters/Jane Roe) Purchase Licensing Rights
            NEW DELHI, Nov 12 (Reuters) - Police said the car had been bought twice.
            """)
        #expect(text == "Guards stand near the Red Fort in Delhi, India, November 11, 2025.\nPolice said the car had been bought twice.")
    }

    @Test func dropsAWireCreditWithoutParenthesesAfterACaption() {
        let (text, _) = clean("""
            Rescuers search a building hit in Bat Yam, Israel, June 15, 2025. REUTERS/Jane Roe Purchase Licensing Rights
            Police said the building had been empty.
            """)
        #expect(text == "Rescuers search a building hit in Bat Yam, Israel, June 15, 2025.\nPolice said the building had been empty.")
    }

    @Test(arguments: ["E-Paper Subscribe", "Menu Zoeken Inloggen", "Deutsch Abo Anmelden", "E-Paper | Sign in",
                      "Saltar al contenido", "Zum Inhalt springen"])
    func dropsARowOfASitesOwnLinks(row: String) {
        let (text, _) = clean(row + "\nThe minister resigned on Friday.")
        #expect(text == "The minister resigned on Friday.")
    }

    @Test func keepsAShortLineWithAWordNoLinkHas() {
        #expect(!LineClassifier.isRowOfLinks(LineText(Array("search and rescue".utf8))))
        #expect(!LineClassifier.isRowOfLinks(LineText(Array("subscribe".utf8))))
    }

    @Test func dropsTheHeadlinesOfALinkListAndACaptionsTrailingCredit() {
        let (text, _) = clean("""
            Officials said the fighting had ended.

            Related Stories
            Car blast near Delhi's Red Fort kills 13 as India tightens security
            Akita Inu puppies draw crowds at Odate festival

            Protesters pull down a fence in Mexico City, Nov. 15, 2025. Foto: Andrés Villaseñor / Cuartoscuro
            The march ended at dusk.
            """)
        #expect(text == "Officials said the fighting had ended.\nProtesters pull down a fence in Mexico City, Nov. 15, 2025.\nThe march ended at dusk.")
    }

    @Test(arguments: ["December 25, 2024 at 10:02 a.m.", "Mon 6 Jan 2025 14.30 GMT", "3:41 PM GMT+4, July 1, 2025",
                      "Wednesday, Dec. 25, 2024", "25th December 2024", "2024-12-25 10:02 UTC", "Published July 1, 2025",
                      "Jeudi 2 octobre 2025", "2 de octubre de 2025", "Sexta-feira, 5 de setembro de 2025", "Montag, 3. März 2025",
                      "Friday, September 12, 2025 | 20 Rabi al-Awwal 1447"])
    func dropsDateAndTimeLines(line: String) {
        let (text, _) = clean(line + "\nThe ministry said it was lawful.")
        #expect(text == "The ministry said it was lawful.")
    }

    @Test(arguments: ["Share Facebook Copy Link copied Print Email X LinkedIn Bluesky Flipboard Pinterest Reddit",
                      "Share this article: Facebook X LinkedIn Email", "WhatsApp · Telegram · Email", "Get the World Briefing",
                      "By signing up, you agree to our Terms of Service and Privacy Policy."])
    func dropsShareBarsAndNewsletterBoxes(line: String) {
        let (text, _) = clean(line + "\nThe ministry said it was lawful.")
        #expect(text == "The ministry said it was lawful.")
    }

    @Test(arguments: ["Click to share on Facebook (Opens in new window)", "News › Nation & World", "Home » World",
                      "Tags: International News Labor Latin America", "Mots-clés : Goma M23 Nord-Kivu RDC", "Sign up to Byte Sized",
                      "Sign up for our newsletter and get the week's top stories from Asia in your inbox every Friday.",
                      "Support The Continental Fund independent journalism with 5 euros per month Support us",
                      "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
                        + "parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website "
                        + "and the Google Privacy Policy and Terms of Service apply.",
                      "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By "
                        + "clicking Accept All, you agree to our use of cookies. See our Cookie Policy.",
                      "Africa | Diplomacy", "Publicité", "Publicidad", "By Thandeka Mhlongo and Pieter van Wyk",
                      "Also Read: Kebbi: Lakurawa fighters kill 13 in Argungu border village",
                      "READ: PAF identifies six crew killed in Agusan del Sur chopper crash", "Enter your email address | Subscribe"])
    func dropsPageFurnitureOfMoreSites(line: String) {
        let (text, _) = clean(line + "\nThe ministry said it was lawful.")
        #expect(text == "The ministry said it was lawful.")
    }

    @Test func dropsACaptionsTrailingCopyrightCredit() {
        let (text, _) = clean("Young protesters chant slogans in Rabat on Tuesday, September 30, 2025. © Hicham Rafi / L'Écho du Bouregreg\nThe ministry said it was lawful.")
        #expect(text == "Young protesters chant slogans in Rabat on Tuesday, September 30, 2025.\nThe ministry said it was lawful.")
    }

    @Test func dropsAPhotoCreditThatNamesTheAgencyFirst() {
        let (text, _) = clean("Teresa Ribera said the decisions sent a clear message. (Reuters/Yves Martens)\nThe ministry said it was lawful.")
        #expect(text == "Teresa Ribera said the decisions sent a clear message.\nThe ministry said it was lawful.")
    }

    @Test func readsABylineWithItsAgencyAfterABar() {
        let (text, metadata) = clean("By MARTÍN ESCOBAR and LUCÍA FERRARI | The Associated Press\nThe ministry said it was lawful.")
        #expect(text == "The ministry said it was lawful.")
        #expect(metadata.byline == "MARTÍN ESCOBAR and LUCÍA FERRARI | The Associated Press")
    }

    @Test func dropsTheSitesNameFromItsTitle() {
        #expect(TextPreprocessor.siteName(inTitle: "Unions strike against Milei – The Lakeshore Ledger") == "The Lakeshore Ledger")
        #expect(TextPreprocessor.siteName(inTitle: "Unions strike against Milei") == nil)
        let result = TextCleaner().clean(Array("The Lakeshore Ledger\nLakeshore Ledger\nThe ministry said it was lawful.".utf8),
                                         siteName: "The Lakeshore Ledger")
        #expect(String(decoding: result.text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "The ministry said it was lawful.")
    }

    @Test(arguments: ["62 Nolan Henke", "May 13 Arrive in London", "1. Miss Stamper 3-1", "July 12 v Scotland"])
    func keepsListLinesThatStartWithANumberOrAMonth(line: String) {
        let (text, _) = clean(line + "\nThe ministry said it was lawful.")
        #expect(text == line + "\nThe ministry said it was lawful.")
    }

    @Test func readsDatelinesWithoutAgency() {
        let (text, metadata) = clean("ATLANTA — Flu cases rose sharply.")
        #expect(text == "Flu cases rose sharply.")
        #expect(metadata.datelinePlace == "Atlanta")
        #expect(metadata.agency == nil)
    }

    /// "PATNA: " opens a story as "PATNA, India (AP) — " does; a label before a short headline ("WATCH: …") does not.
    @Test func readsADatelineEndedByAColon() {
        let (text, metadata) = clean("NEW DELHI: The ruling alliance won 202 of the 243 seats in the state assembly, final results showed.")
        #expect(text == "The ruling alliance won 202 of the 243 seats in the state assembly, final results showed.")
        #expect(metadata.datelinePlace == "New Delhi")
        for line in ["WATCH: Floods hit Patna", "Note: the figures are provisional and may change once all ballots are counted.",
                     "NTSB: Air traffic controller was handling two jobs before midair collision near Reagan airport",
                     "PUBLISHED: April 10, 2025 at 3:41 PM CDT | UPDATED: April 10, 2025 at 6:02 PM CDT",
                     "UPDATE: The ministry later said that all 40 passengers had been found alive near the border crossing."] {
            #expect(clean(line).1.datelinePlace == nil, "\(line)")
        }
    }

    @Test func titleCasesWordsAndTheirPartsAfterHyphens() {
        #expect("ST. PETERSBURG".titleCased == "St. Petersburg")
        #expect("PARIS  SAINT-GERMAIN".titleCased == "Paris Saint-Germain")
        #expect("SÃO PAULO".titleCased == "São Paulo")
    }

    @Test func leavesOrdinaryDashesAlone() {
        let (text, metadata) = clean("The ministry said — without evidence — that it was lawful.")
        #expect(text == "The ministry said — without evidence — that it was lawful.")
        #expect(metadata.datelinePlace == nil)
    }

    @Test func offsetsPointIntoTheOriginal() {
        let original = "Skip to Content\nFILE - Aliyev met Putin. (AP Photo/X Y)\n"
        let article = TextPreprocessor().process(original, id: "t")
        let token = try! #require(article.tokens.first { article.text(of: $0) == "Putin" })
        let range = article.originalRange(of: token.range)
        let utf8 = Array(original.utf8)
        #expect(String(decoding: utf8[range], as: UTF8.self) == "Putin")
    }
}

@Suite struct HTMLStripperTests {
    @Test func dropsScriptsStylesAndNavigationAndDecodesEntities() {
        let html = """
            <html><head><title>Police raid &amp; arrests</title><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a> | <a>World</a></nav><script>var x = "<p>no</p>";</script>
            <h1>Raid on outlet</h1><p>Police said &quot;enough&quot; &mdash; and left&#8217;s &#x41;.</p></body></html>
            """
        let result = HTMLStripper().strip(Array(html.utf8))
        let lines = String(decoding: result.text, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        #expect(lines == ["Raid on outlet", "Police said \"enough\" — and left’s A."])
        #expect(result.title == "Police raid & arrests")
    }

    /// Parts of a page whose class or id says they are furniture (a cookie banner, a privacy dialog, related links, "more
    /// coverage", a share bar, the site's brand and tagline, a live strip, a sign-up panel, a menu rail, a credit line,
    /// recommended stories, a language or edition switch, a breadcrumb trail, a newsletter box, an author's card, a story's tags,
    /// a German site's authors, picture credit and related links, a Portuguese site's "read also" links and most read) are left out, however deeply they nest; a part that holds the headline or the story is
    /// kept whatever its class.
    @Test func dropsPageFurnitureByItsClassOrID() {
        let html = """
            <body><div class="cookie-notice"><p>We value your privacy. Change it in Privacy Settings.</p></div>
            <div class="page social-enabled"><h1>Canopy collapse</h1><p>Students marched in Novi Sad.</p></div>
            <div class="related-links"><div><ul><li><a>Partizan edge Red Star</a></li></ul></div><p>Romania</p></div>
            <div id="share_bar">Share on X</div><p>Vucic spoke.</p>
            <div class="story-meta"><span class="byline">By RAFIQ HOSSAIN and PRIYA DASGUPTA</span></div>
            <div class="article-body share-enabled"><p>Floods hit Feni.</p></div>
            <div id="privacy-overlay" class="cmp-overlay"><p>Antilles Daily stores cookies.</p></div>
            <div class="utility-bar"><span>Quito 14C</span></div><section class="most-read"><ol><li>Barcelona SC stun Liga de Quito</li></ol></section>
            <section class="more-coverage"><ul><li><a>Reggae Boyz qualifier against Trinidad and Tobago postponed</a></li></ul></section>
            <div class="hdr-main__brand"><a>Equator Wire</a> <span class="tagline">News from the Southern Hemisphere</span></div>
            <div class="live-strip"><a>Seychelles: Herminie sworn in</a></div>
            <section class="signup-panel"><p>The week in the islands, from Zanzibar to Rodrigues.</p></section>
            <div class="topbar"><a>Today's Paper</a></div><ul class="navrail"><li><a>Singapore</a></li></ul>
            <div class="storywrap__credit">Niniek Karmini and Edna Tarigan</div>
            <section class="recommend"><a class="recommend__item">Dili gets ready to join ASEAN</a></section>
            <div class="site-top__lang"><a>Português</a> | <a>Français</a></div><div class="edition-picker">Edition: <a>South Asia</a></div>
            <ol class="bc-trail"><li><a>World</a></li></ol><div class="nl-module"><p>From Kathmandu to Karachi, daily.</p></div>
            <div class="author-card"><strong>Mamadu Djalo</strong> reports for the Observer.</div>
            <div class="post-tags"><span>Filed under:</span> <a>Kashmir</a>, <a>Operation Sindoor</a></div>
            <div class="artikel__autoren">Von Katrin Albers, Amsterdam</div><span class="bildnachweis">Foto: Jeroen Smits/ANP</span>
            <div class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a>ZF to cut jobs in Friedrichshafen</a></li></ul></div>
            <div class="publicite"><span class="publicite__label">Publicité</span></div>
            <div class="lire-aussi"><a>Niamey: the junta tightens its grip</a></div>
            <section class="lettre-info"><p>Chaque matin, l'actualité du Bénin.</p></section>
            <p class="volanta">SEGUNDA VUELTA</p><div class="autoria">Por Catalina Fuentes Actualizado 10:45</div>
            <ul class="encabezado__acciones"><li><a>Español</a></li><li><a>Buscar</a></li></ul><div class="anuncio"><span>Anuncio</span></div>
            <aside class="leia-tambem"><ul><li><a>Blackout report puts pressure on REN over the April outage</a></li></ul></aside>
            <div class="cabecalho__topo"><a>Entrar</a></div><section class="mais-lidas"><ol><li>Benfica win the derby</li></ol></section>
            <p class="byline">By Jane Roe<p>Vucic spoke again.</p></body>
            """
        let result = HTMLStripper().strip(Array(html.utf8))
        let lines = String(decoding: result.text, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // A furniture paragraph left open ("<p class="byline">By Jane Roe<p>…") keeps the paragraph after it.
        #expect(lines == ["Canopy collapse", "Students marched in Novi Sad.", "Vucic spoke.", "Floods hit Feni.", "By Jane Roe",
                          "Vucic spoke again."])
    }

    @Test func mapsDecodedTextBackToTheEntity() {
        let html = "<p>AT&amp;T and Putin</p>"
        let article = TextPreprocessor().process(html, id: "t", format: .html)
        let token = try! #require(article.tokens.first { article.text(of: $0) == "Putin" })
        let range = article.originalRange(of: token.range)
        #expect(String(decoding: Array(html.utf8)[range], as: UTF8.self) == "Putin")
        #expect(article.characterOffset(ofOriginalByte: range.lowerBound) == 16)
    }
}

@Suite struct TextPreprocessorTests {
    @Test func rejectsInvalidUTF8() {
        #expect(throws: TextError.invalidUTF8(source: "x", offset: 1)) {
            try TextPreprocessor().process(Data([0x41, 0xFF, 0x42]), id: "x")
        }
    }

    @Test func rejectsBinary() {
        #expect(throws: TextError.binary(source: "x")) {
            try TextPreprocessor().process(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), id: "x")
        }
    }

    @Test func acceptsEmptyInput() throws {
        let article = try TextPreprocessor().process(Data(), id: "empty")
        #expect(article.tokens.isEmpty && article.sentences.isEmpty)
    }

    @Test func countsCharactersNotBytes() {
        let article = TextPreprocessor().process("Ərdoğan met Putin.", id: "t")
        let token = try! #require(article.tokens.first { article.text(of: $0) == "Putin" })
        #expect(article.characterOffset(ofOriginalByte: article.originalRange(of: token.range).lowerBound) == 12)
    }
}

@Suite struct SegmentTests {
    @Test func cutsLongTextsAtSentenceEndsAndKeepsOffsets() {
        let sentence = "Police in Baku detained two men on Monday. "
        let text = String(repeating: sentence, count: 2_000)
        let segments = TextPreprocessor.segments(of: text, limit: 10_000)
        #expect(segments.count > 1)
        #expect(segments.map(\.text).joined() == text)
        for segment in segments.dropLast() { #expect(segment.text.hasSuffix(". ")) }
        var characters = 0
        for segment in segments {
            #expect(segment.characterOffset == characters)
            characters += segment.text.unicodeScalars.count
        }
    }

    @Test func keepsShortTextsWhole() {
        #expect(TextPreprocessor.segments(of: "Short.", limit: 100).map(\.text) == ["Short."])
    }
}
