"""Names the MT must keep, in languages with no engine installed: places the CLDR gazetteer
knows by their name in the source language, and foreign names in German, where every noun is
capitalised. Sentences written for these tests (none from the dev data)."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.lang.places import gazetteer
from tqcheck.text.tokens import tokenize
from tqcheck.types import Finding

# Findings at the severity the check proposes (min_confidence=0): these tests are about what
# the check finds; which of its rules are precise enough to be reported major by default is
# measured (bench/calibrate.py) and tested in test_precision_cases.py.


def _names(source: str, mt: str, src: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang=src, tgt_lang="en", engine="none", min_confidence=0.0
    )
    return [f for f in report.results[0].findings if f.check == "entities"]


def _major(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.severity in ("major", "critical")]


@pytest.mark.parametrize(
    ("src", "source", "right", "wrong", "english"),
    [
        # An exonym no spelling rule traces: Londres is London.
        (
            "fr",
            "Elle a passé trois ans à Londres avant de rentrer.",
            "She spent three years in London before coming back.",
            "She spent three years in Lisbon before coming back.",
            "London",
        ),
        # A declined place: Москвы is the genitive of Москва.
        (
            "ru",
            "Самолёт вылетел из Москвы рано утром.",
            "The plane left Moscow early in the morning.",
            "The plane left Minsk early in the morning.",
            "Moscow",
        ),
        # A German noun-like place with the genitive -s.
        (
            "de",
            "Die Straßen Islands waren am Abend leer.",
            "The streets of Iceland were empty in the evening.",
            "The streets of Ireland were empty in the evening.",
            "Iceland",
        ),
        # Chinese has no capitals: the place is found in the running text.
        (
            "zh",
            "去年夏天他在伦敦工作。",
            "Last summer he worked in London.",
            "Last summer he worked in Dublin.",
            "London",
        ),
    ],
)
def test_a_replaced_place_is_major_and_its_english_name_is_quoted(
    src: str, source: str, right: str, wrong: str, english: str
) -> None:
    assert not _major(_names(source, right, src))
    found = _major(_names(source, wrong, src))
    assert found, f"no major finding for {wrong!r}"
    assert english in found[0].message


def test_a_place_rendered_by_its_adjective_or_short_name_is_kept() -> None:
    # "Allemagne" may come out as "German"; "États-Unis" as "US"; "Royaume-Uni" as "Britain".
    assert not _major(
        _names(
            "Le gouvernement de l’Allemagne a parlé aux États-Unis et au Royaume-Uni.",
            "The German government spoke to the US and Britain.",
            "fr",
        )
    )


def test_a_removed_place_is_major() -> None:
    found = _major(
        _names(
            "Las exportaciones de Alemania cayeron un diez por ciento.",
            "Exports fell by ten percent.",
            "es",
        )
    )
    assert found and "Germany" in found[0].message
    assert found[0].category == "Accuracy/Omission"


def test_gazetteer_prefers_the_longest_stem_and_spares_lookalike_words() -> None:
    places = gazetteer("ru")
    text = "В Нигерии и в Нигере. Данный город большой."
    found = {m.surface: m.place.english[0] for m in places.mentions(text, tokenize(text))}
    assert found == {"Нигерии": "Nigeria", "Нигере": "Niger"}
    # "Kongres" is no case of "Kongo", though it starts with its stem.
    text = "Nakon izbora za Kongres predsjednik je otputovao."
    assert gazetteer("bs").mentions(text, tokenize(text)) == []


def test_german_foreign_name_is_a_name_though_every_noun_is_capitalised() -> None:
    source = "Im dritten Satz gewann Murray nach einem langen Tiebreak."
    assert not _major(_names(source, "Murray won the third set after a long tiebreak.", "de"))
    found = _major(_names(source, "Hamilton won the third set after a long tiebreak.", "de"))
    assert found and "Murray" in found[0].message
    # German nouns translated into English words are no lost names.
    assert not _names(
        "Nach der Sitzung verließ die Ministerin das Gebäude durch den Hinterausgang.",
        "After the meeting the minister left the building through the back exit.",
        "de",
    )


def test_a_name_replaced_by_a_place_the_source_does_not_name_is_major() -> None:
    # Seattle is in no place table; "USA" is, and nothing in the source names the USA.
    source = "Полиция в Сиэтле задержала сорок пять человек."
    assert not _major(_names(source, "Police in Seattle detained forty-five people.", "ru"))
    found = _major(_names(source, "Police in USA detained forty-five people.", "ru"))
    assert found and "USA" in found[0].message
    # An adjective names the place too: "американский" accounts for "US".
    assert not _major(
        _names(
            "Американский танк подбил другой танк на учениях.",
            "A US tank hit another tank during exercises.",
            "ru",
        )
    )


@pytest.mark.parametrize(
    ("src", "source"),
    [
        # Hindi has a data file; Arabic has none, and the CLDR still names its places.
        ("hi", "एंजेला मर्केल ने कहा कि जर्मनी तैयार है।"),
        ("ar", "قالت أنجيلا ميركل إن ألمانيا مستعدة."),
    ],
)
def test_places_in_scripts_without_case(src: str, source: str) -> None:
    assert not _major(_names(source, "Angela Merkel said Germany is ready.", src))
    found = _major(_names(source, "Angela Merkel said France is ready.", src))
    assert found and "Germany" in found[0].message


def test_names_in_other_alphabets_are_traced_by_sound() -> None:
    # Devanagari romanises as "nremdr modi", "donald trmp": the same names by their sounds.
    source = "प्रधानमंत्री नरेंद्र मोदी ने डोनाल्ड ट्रम्प से मुलाकात की।"
    assert not _names(source, "Prime Minister Narendra Modi met Donald Trump.", "hi")
    found = _major(_names(source, "Prime Minister Narendra Modi met Boris Johnson.", "hi"))
    assert {f.evidence.get("mt") for f in found} == {"Boris", "Johnson"}
    # Greek: Tsipras is kept, Athens is replaced.
    source = "Ο Αλέξης Τσίπρας επισκέφθηκε την Αθήνα."
    assert not _major(_names(source, "Alexis Tsipras visited Athens.", "el"))
    found = _major(_names(source, "Alexis Tsipras visited Madrid.", "el"))
    assert found and "Athens" in found[0].message


def _untranslated(source: str, mt: str, src: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang=src, tgt_lang="en", engine="none", min_confidence=0.0
    )
    return [f for f in report.results[0].findings if f.check == "untranslated"]


def test_german_noun_left_in_the_mt_is_untranslated_but_a_place_name_is_not() -> None:
    source = "Die Gruppe traf sich gestern in Oberammergau mit dem Bürgermeister."
    assert not _untranslated(source, "The group met the mayor in Oberammergau yesterday.", "de")
    found = _untranslated(source, "The Gruppe met the mayor in Oberammergau yesterday.", "de")
    assert [f.evidence["text"] for f in found] == ["Gruppe"]
    # A place English names otherwise, kept in its German form.
    found = _untranslated(
        "Der Sänger lebt seit Jahren in Kopenhagen.",
        "The singer has lived in Kopenhagen for years.",
        "de",
    )
    assert [f.evidence["text"] for f in found] == ["Kopenhagen"]


def test_a_weekday_is_no_name_and_a_place_unlike_the_lost_name_replaced_it() -> None:
    source = "El jueves, Satoru Iwata presentó la nueva consola en Tokio."
    assert not _major(
        _names(source, "On Thursday, Satoru Iwata presented the new console in Tokyo.", "es")
    )
    found = _major(
        _names(source, "On Thursday, Satoru Antikythera presented the new console in Tokyo.", "es")
    )
    assert found and "Antikythera" in found[0].message
    # A day name capitalised in the source is no name either.
    assert not _major(
        _names(
            "Les boutiques sont ouvertes le Dimanche à Paris.",
            "The shops are open on Sunday in Paris.",
            "fr",
        )
    )


def test_an_unknown_word_in_the_mt_that_the_source_lacks_is_a_wrong_name() -> None:
    # A source in the MT's script copies its names; an MT word English does not know and the
    # source does not have came from nowhere.
    source = "Heil sagte, das Gesetz sei sehr streng."
    assert not _major(_names(source, "Heil said the law was very strict.", "de"))
    found = _major(_names(source, "Valvo Semilarski said the law was very strict.", "de"))
    assert "Semilarski" in {f.evidence.get("mt") for f in found}


def test_latin_letters_without_accents_to_strip_still_spell_the_name() -> None:
    # "ł", "ø" and "ß" are letters of their own: "Zełenski" is Zelensky, not "Zenski".
    assert not _major(
        _names(
            "Wołodymyr Zełenski przyjechał wczoraj do Kijowa.",
            "Volodymyr Zelensky arrived in Kyiv yesterday.",
            "pl",
        )
    )
    found = _major(
        _names(
            "Wołodymyr Zełenski przyjechał wczoraj do Kijowa.",
            "Volodymyr Kolomoisky arrived in Kyiv yesterday.",
            "pl",
        )
    )
    assert found and "Zełenski" in found[0].message
    # A short name made of such letters ("Łoś") is still a name, not two letters.
    source = "Wczoraj przyjechał minister Łoś."
    assert not _major(_names(source, "Minister Łoś arrived yesterday.", "pl"))
    found = _major(_names(source, "Minister Kowalczyk arrived yesterday.", "pl"))
    assert found and "Łoś" in found[0].message


def test_chinese_places_are_read_left_to_right() -> None:
    places = gazetteer("zh")
    # "上海南部" is southern Shanghai: Hainan (海南) straddles the two words.
    assert [m.place.english[0] for m in places.mentions("上海南部下雨了。", [])] == ["Shanghai"]
    source = "目前，新疆并网光伏电站三百多座。"
    assert not _major(
        _names(source, "At present, Xinjiang has more than 300 grid-connected solar plants.", "zh")
    )
    found = _major(
        _names(source, "At present, Canada has more than 300 grid-connected solar plants.", "zh")
    )
    assert found and "Xinjiang" in found[0].message


@pytest.mark.parametrize(
    ("src", "source", "right", "wrong"),
    [
        (
            "hi",
            "प्रधानमंत्री ने सोमवार को दिल्ली में एक रैली को संबोधित किया।",
            "The prime minister addressed a rally in Delhi on Monday.",
            "The prime minister addressed a rally in Mumbai on Monday.",
        ),
        # 東京都 is Tokyo Metropolis: Kyoto (京都) inside it is no place of the sentence.
        (
            "ja",
            "首相は10日、東京都で記者会見を開いた。",
            "The prime minister held a press conference in Tokyo on the 10th.",
            "The prime minister held a press conference in Osaka on the 10th.",
        ),
    ],
)
def test_places_the_cldr_lacks_come_from_the_language_data(
    src: str, source: str, right: str, wrong: str
) -> None:
    assert not _major(_names(source, right, src))
    assert _major(_names(source, wrong, src))


def test_a_soft_english_g_is_the_slavic_dz() -> None:
    # "Џорџ" romanises as "Džordž": the same name as George, by its sounds.
    assert not _major(
        _names(
            "Председник Џорџ Буш посетио је Београд.",
            "President George Bush visited Belgrade.",
            "sr",
        )
    )
    assert not _major(_names("Говор је одржао Џорџ.", "The speech was given by George.", "sr"))


def test_an_adjective_renders_its_place_but_a_lookalike_place_does_not() -> None:
    source = "Les exportations de l'Iran ont baissé."
    assert not _major(_names(source, "Iranian exports fell.", "fr"))
    found = _major(_names(source, "Iraq's exports fell.", "fr"))
    assert found and "Iran" in found[0].message


@pytest.mark.parametrize(
    ("src", "source", "right", "wrong", "added"),
    [
        # A Chinese source's "美" (the US, as in 美帝国主义) becomes another country.
        (
            "zh",
            "这家公司去年把总部从美国迁到了新加坡。",
            "Last year the company moved its headquarters from the United States to Singapore.",
            "Last year the company moved its headquarters from Belgium to Singapore.",
            "Belgium",
        ),
        # A place out of nowhere in a sentence whose source names none.
        (
            "de",
            "Die Gemeinde will im Frühjahr eine neue Schule bauen.",
            "The municipality wants to build a new school in the spring.",
            "The municipality in Portugal wants to build a new school in the spring.",
            "Portugal",
        ),
        # Two words of an English name; the source's adjective accounts for the right one.
        (
            "ru",
            "Новозеландские врачи начали испытания нового лекарства.",
            "New Zealand doctors began trials of a new drug.",
            "Doctors in South Africa began trials of a new drug.",
            "South Africa",
        ),
    ],
)
def test_a_place_the_source_does_not_name_is_an_error(
    src: str, source: str, right: str, wrong: str, added: str
) -> None:
    assert not _major(_names(source, right, src))
    found = _major(_names(source, wrong, src))
    assert found and added in found[0].message


@pytest.mark.parametrize(
    ("src", "source", "mt"),
    [
        # Chinese abbreviates countries to one character ("中美", China and the US).
        (
            "zh",
            "中美两国的贸易谈判下周继续。",
            "Trade talks between China and the US will continue next week.",
        ),
        # Acronyms differ between languages (ОН is the UN); compounds hold the adjective.
        (
            "mk",
            "ОН испратија помош во централноамериканските земји.",
            "The UN sent aid to Central American countries.",
        ),
        # The place is named through its adjective, declined.
        ("hr", "Odluka ovisi o kineskim vlastima.", "The decision depends on China's authorities."),
        # A language's name is no place: "English" may translate the language.
        ("ru", "Он говорит по-английски без акцента.", "He speaks English without an accent."),
    ],
)
def test_places_named_another_way_in_the_source_are_no_error(
    src: str, source: str, mt: str
) -> None:
    assert not _major(_names(source, mt, src))


def test_a_lost_place_and_a_place_the_source_does_not_name_are_one_replacement() -> None:
    found = _major(_names("Le sommet aura lieu à Vienne.", "The summit will be in Oslo.", "fr"))
    assert len(found) == 1
    assert "Vienna" in found[0].message and "Oslo" in found[0].message


def test_acronyms_of_places_are_matched_letter_for_letter() -> None:
    # "США" is the US, however CLDR writes the Outlying Islands "(США)".
    source = "Делегация США прибыла в Женеву."
    assert not _major(_names(source, "The US delegation arrived in Geneva.", "ru"))
    found = _major(_names(source, "The French delegation arrived in Geneva.", "ru"))
    assert found


def test_a_foreign_name_before_a_german_compound_noun_is_a_name() -> None:
    source = "Im Mai beginnt wieder das Kowalczyk-Schachturnier in der Stadthalle."
    right = "The Kowalczyk chess tournament begins again in May in the town hall."
    wrong = "The chess tournament begins again in May in the town hall."
    assert not _major(_names(source, right, "de"))
    found = _major(_names(source, wrong, "de"))
    assert found and "Kowalczyk" in found[0].message


def test_a_title_cased_english_word_is_no_copied_name() -> None:
    # Apertium's English analyser does not know "slalom"; the system's spelling list
    # (wamerican) does, so the word is English, not a name the source lacks.
    found = _names("U veleslalomu je završila deseta.", "She was tenth in the Giant Slalom.", "hr")
    assert not _major(found)
    # A copied name that no English list holds stays an error.
    found = _names(
        "U veleslalomu je završila deseta.",
        "She was tenth, ahead of Semilarski, in the slalom.",
        "hr",
    )
    assert _major(found)


def test_the_speaker_after_a_german_verb_of_saying_is_a_person() -> None:
    # German capitalises nouns, but a lone capitalised word after "sagte" is the speaker.
    source = "Die Lage sei ernst, sagte Kretschmer am Abend in Dresden."
    right = "The situation is serious, Kretschmer said in Dresden in the evening."
    wrong = "The situation is serious, he said in Dresden in the evening."
    assert not _major(_names(source, right, "de"))
    found = _major(_names(source, wrong, "de"))
    assert found and "Kretschmer" in found[0].message
