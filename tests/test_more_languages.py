"""Languages added as data (Italian, Polish, Czech, Japanese, Hindi, Ukrainian, Portuguese),
and languages with no data file at all, which get their script, decimal separator and month
names from the CLDR. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.lang.profile import get_profile
from tqcheck.types import Finding


def _major(source: str, mt: str, src: str, check: str) -> list[Finding]:
    report = tqcheck.check_texts(source, mt, src_lang=src, tgt_lang="en", engine="none")
    return [
        f
        for f in report.results[0].findings
        if f.check == check and f.severity in ("major", "critical")
    ]


# (language, source, correct MT, MT with the error, check that must catch it)
CASES = [
    (
        "it",
        "Lei ha detto che non verrà a Roma il 12 marzo.",
        "She said she will not come to Rome on March 12.",
        "He said he will not come to Rome on March 12.",
        "pronoun_gender",
    ),
    (
        "it",
        "Lei ha detto che non verrà a Roma il 12 marzo.",
        "She said she will not come to Rome on March 12.",
        "She said she will come to Rome on March 12.",
        "negation",
    ),
    (
        "pl",
        "Ona powiedziała, że wzrost wyniósł 2,5 procent w marcu.",
        "She said that growth was 2.5 percent in March.",
        "She said that growth was 25 percent in March.",
        "numbers",
    ),
    (
        "pl",
        "Ona powiedziała, że nie przyjdzie.",
        "She said she would not come.",
        "He said he would not come.",
        "pronoun_gender",
    ),
    (
        "cs",
        "Dne 12. března růst nebyl vyšší než 2,5 procenta.",
        "On March 12, growth was not higher than 2.5 percent.",
        "On March 12, growth was higher than 2.5 percent.",
        "negation",
    ),
    (
        "cs",
        "Dne 12. března růst nebyl vyšší než 2,5 procenta.",
        "On March 12, growth was not higher than 2.5 percent.",
        "On May 12, growth was not higher than 2.5 percent.",
        "numbers",
    ),
    (
        "ja",
        "彼女は3月12日に東京へ行かなかった。",
        "She did not go to Tokyo on March 12.",
        "He did not go to Tokyo on March 12.",
        "pronoun_gender",
    ),
    (
        "ja",
        "彼女は3月12日に東京へ行かなかった。",
        "She did not go to Tokyo on March 12.",
        "She went to Tokyo on March 12.",
        "negation",
    ),
    (
        "hi",
        "उन्होंने 12 मार्च को भाषण नहीं दिया।",
        "He did not give a speech on March 12.",
        "He did not give a speech on May 12.",
        "numbers",
    ),
    (
        "hi",
        "उन्होंने 12 मार्च को भाषण नहीं दिया।",
        "He did not give a speech on March 12.",
        "He gave a speech on March 12.",
        "negation",
    ),
    (
        "it",
        "Il governo ha approvato la nuova legge sulle pensioni.",
        "The government approved the new law on pensions.",
        "The government approved the new legge on pensions.",
        "untranslated",
    ),
    # Japanese mixes kana and Chinese characters: a word left in either is untranslated.
    (
        "ja",
        "政府は年金に関する新しい法律を承認した。",
        "The government approved the new law on pensions.",
        "The government approved the new 法律 on pensions.",
        "untranslated",
    ),
    (
        "uk",
        "Міністерка заявила, що вона не підтримає закон.",
        "The minister said that she would not support the law.",
        "The minister said that he would not support the law.",
        "pronoun_gender",
    ),
    (
        "pt",
        "Ela disse que não vai apoiar a lei.",
        "She said she will not support the law.",
        "She said she will support the law.",
        "negation",
    ),
    # The CLDR gives the months and decimal separators: "березня", "março", "2,5".
    (
        "uk",
        "Зустріч відбулася 12 березня, а зростання склало 2,5 відсотка.",
        "The meeting took place on March 12, and growth was 2.5 percent.",
        "The meeting took place on March 12, and growth was 25 percent.",
        "numbers",
    ),
    (
        "pt",
        "A reunião aconteceu em 12 de março e o crescimento foi de 2,5 por cento.",
        "The meeting took place on March 12 and growth was 2.5 percent.",
        "The meeting took place on April 12 and growth was 2.5 percent.",
        "numbers",
    ),
    # Hebrew writes "in" onto the month ("בנובמבר") and "on" onto the day ("ב-8").
    (
        "he",
        "ראש הממשלה לא ביקר בירושלים ב-8 בנובמבר.",
        "The prime minister did not visit Jerusalem on November 8.",
        "The prime minister did not visit Jerusalem on December 8.",
        "numbers",
    ),
    (
        "ar",
        "الرئيس لم يزر القاهرة في 6 أكتوبر.",
        "The president did not visit Cairo on October 6.",
        "The president visited Cairo on October 6.",
        "negation",
    ),
    # Romanian, Vietnamese and Korean have no data file at all: the CLDR gives scale words
    # ("miliarde") and months written with numbers ("tháng 9", "5월").
    (
        "ro",
        "Guvernul a alocat 2,5 miliarde de euro pe 12 martie.",
        "The government allocated 2.5 billion euros on March 12.",
        "The government allocated 25 billion euros on March 12.",
        "numbers",
    ),
    (
        "vi",
        "Thủ tướng đã đến thăm Hà Nội vào ngày 2 tháng 9.",
        "The prime minister visited Hanoi on September 2.",
        "The prime minister visited Hanoi on October 2.",
        "numbers",
    ),
    (
        "ko",
        "대통령은 5월 10일 서울에서 연설했다.",
        "The president gave a speech in Seoul on May 10.",
        "The president gave a speech in Seoul on June 10.",
        "numbers",
    ),
    # Romanian has no data file at all.
    (
        "ro",
        "Întâlnirea a avut loc pe 12 martie, iar creșterea a fost de 2,5 la sută.",
        "The meeting took place on March 12, and growth was 2.5 percent.",
        "The meeting took place on March 12, and growth was 25 percent.",
        "numbers",
    ),
]


@pytest.mark.parametrize(("lang", "source", "right", "wrong", "check"), CASES)
def test_check_catches_the_error_and_passes_the_correct_translation(
    lang: str, source: str, right: str, wrong: str, check: str
) -> None:
    assert not _major(source, right, lang, check), "false alarm on the correct translation"
    assert _major(source, wrong, lang, check), "error not caught"


def test_negation_is_not_judged_in_a_language_without_negation_data() -> None:
    # Dutch has no data file: its "niet" is unknown, so the MT's "not" is no added negation.
    assert not _major(
        "Hij kwam gisteren niet naar Londen.",
        "He did not come to London yesterday.",
        "nl",
        "negation",
    )


def test_language_without_a_data_file_gets_cldr_facts() -> None:
    romanian = get_profile("ro")  # no data file
    assert romanian.script == "Latn"
    assert romanian.decimal_separator == ","
    assert romanian.months["martie"] == 3
    assert get_profile("uk").months["березня"] == 3  # a data file without months
    assert get_profile("ja").script == "Jpan"
    # A code the CLDR does not know still gets a profile, never an error.
    assert get_profile("qqq").months == {}


# Correct news translations in the added languages and in languages with no data file
# (tests/data/correct_translations.tsv, written for these tests): no check may raise a major
# finding on them (negated verbs in Czech, "兆" in Japanese, Delhi that only reads like Dili,
# an acronym spelled out, scale words, months written with numbers).
CORRECT = [
    tuple(line.split("\t"))
    for line in (Path(__file__).parent / "data" / "correct_translations.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize(("lang", "source", "mt"), CORRECT)
def test_correct_translations_raise_no_major_finding(lang: str, source: str, mt: str) -> None:
    report = tqcheck.check_texts(source, mt, src_lang=lang, tgt_lang="en", engine="none")
    found = [f.message for f in report.results[0].findings if f.severity in ("major", "critical")]
    assert not found
