"""Each check on sentences written for these tests (none from the dev data)."""

from __future__ import annotations

import tqcheck


def _findings(source: str, mt: str, check: str, engine: str = "none", src: str = "mk"):  # type: ignore[no-untyped-def]
    report = tqcheck.check_texts(source, mt, src_lang=src, tgt_lang="en", engine=engine)
    return [f for f in report.results[0].findings if f.check == check]


def test_pronoun_gender_from_participle(apertium) -> None:  # type: ignore[no-untyped-def]
    found = _findings(
        "Вчера Весна Илиевска изјавила дека заминува.",
        "Yesterday Vesna Ilievska said that he is leaving.",
        "pronoun_gender",
    )
    assert found and found[0].severity in ("major", "critical")


def test_pronoun_gender_quiet_on_correct_translation(apertium) -> None:  # type: ignore[no-untyped-def]
    assert not _findings(
        "Вчера Весна Илиевска изјавила дека таа заминува.",
        "Yesterday Vesna Ilievska said that she is leaving.",
        "pronoun_gender",
    )
    # Two people of both genders: "his" may refer to the man, no alarm.
    assert not _findings(
        "Марија и Петар Николов дојдоа со неговиот автомобил.",
        "Marija and Petar Nikolov came in his car.",
        "pronoun_gender",
    )


def test_pronoun_gender_from_entity_file(tmp_path, apertium) -> None:  # type: ignore[no-untyped-def]
    from tqcheck.io.loader import LoadedInput
    from tqcheck.lang.entities_file import read_entities
    from tqcheck.pipeline import CheckOptions, run_check
    from tqcheck.types import Segment

    path = tmp_path / "people.csv"
    path.write_text("name,gender,aliases\nAlex Kovač,f,Kovač|Ковач\n")
    seg = Segment("1", "Алекс Ковач го претстави својот план.", "Alex Kovač presented his plan.")
    report = run_check(
        LoadedInput(segments=[seg]), CheckOptions("mk", "en", "none", entities=read_entities(path))
    )
    [finding] = [f for f in report.results[0].findings if f.check == "pronoun_gender"]
    assert "entity file" in finding.message


def test_numbers_locale_formats_and_months() -> None:
    assert not _findings(
        "Износот е 1.250,5 евра, исплатен на 3 март.",
        "The amount is 1,250.5 euros, paid on March 3.",
        "numbers",
    )
    changed = _findings(
        "Износот е 1.250,5 евра, исплатен на 3 март.",
        "The amount is 1,205.5 euros, paid on May 3.",
        "numbers",
    )
    assert {f.evidence.get("mt") for f in changed} == {"1,205.5", "May"}


def test_numbers_words_and_digits_agree() -> None:
    assert not _findings("Дојдоа 3 министри.", "Three ministers came.", "numbers")
    assert _findings("Дојдоа 3 министри.", "Four ministers came.", "numbers")
    # Lower-case "may" is a verb, not the month.
    assert not _findings("Тие можат да дојдат.", "They may come.", "numbers")


def test_entities_missing_and_respelled(apertium) -> None:  # type: ignore[no-untyped-def]
    missing = _findings(
        "Претседателот Стево Пендаровски ја посети Битола.",
        "The president visited Bitola.",
        "entities",
    )
    assert missing and missing[0].category == "Accuracy/Omission"
    respelled = _findings(
        "Претседателот Стево Пендаровски ја посети Битола.",
        "President Stevo Pendarovksi visited Bitola.",
        "entities",
    )
    assert respelled and respelled[0].evidence["mt"] == "Pendarovksi"
    assert not _findings(
        "Претседателот Стево Пендаровски ја посети Битола.",
        "President Stevo Pendarovski visited Bitola.",
        "entities",
    )


def test_untranslated_cyrillic_left_in_english() -> None:
    found = _findings(
        "Тоа е прекрасна вест за градот.", "That is прекрасна news for the city.", "untranslated"
    )
    assert found and found[0].category == "Accuracy/Untranslated"
    assert not _findings(
        "Тоа е прекрасна вест за градот.", "That is wonderful news for the city.", "untranslated"
    )


def test_untranslated_same_script_sentence() -> None:
    found = _findings(
        "Vlada je danas usvojila novi zakon o radu.",
        "Vlada je danas usvojila novi zakon o radu.",
        "untranslated",
        src="hr",
    )
    assert found and found[0].severity == "critical"
    assert not _findings(
        "Vlada je danas usvojila novi zakon o radu.",
        "The government adopted a new labour law today.",
        "untranslated",
        src="hr",
    )


def test_cross_translation_flags_an_unrelated_sentence(apertium) -> None:  # type: ignore[no-untyped-def]
    segments = [
        tqcheck.Segment(str(i), s, m, doc_id="d")
        for i, (s, m) in enumerate(
            [
                (
                    "Владата денес го усвои новиот закон за работни односи.",
                    "The government today adopted the new law on labour relations.",
                ),
                (
                    "Градот Скопје доби нови автобуси за јавниот превоз.",
                    "The city of Skopje got new buses for public transport.",
                ),
                (
                    "Министерот за здравство ја посети болницата во Битола.",
                    "The minister of health visited the hospital in Bitola.",
                ),
                (
                    "Цените на горивата ќе се намалат од понеделник.",
                    "Fuel prices will go down from Monday.",
                ),
                (
                    "Фудбалерите победија во вчерашниот натпревар.",
                    "Our cat likes to sleep on the warm windowsill all afternoon.",
                ),
            ]
        )
    ]
    report = tqcheck.check_segments(segments, "mk", "en", engine="apertium")
    flagged = [
        r.segment.id
        for r in report.results
        if any(f.check == "cross_translation" for f in r.findings)
    ]
    assert flagged == ["4"]
    assert report.results[4].score < report.results[0].score


def test_resumptive_pronoun_is_a_fluency_error(apertium) -> None:  # type: ignore[no-untyped-def]
    found = _findings(
        "Министерот Зоран Заев исто така се согласи.",
        "Minister Zoran Zaev he also agreed.",
        "fluency",
    )
    assert found and found[0].category == "Fluency/Grammar"
