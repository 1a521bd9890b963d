"""Languages added as data (Italian, Polish, Czech, Japanese, Hindi, Ukrainian, Portuguese),
and languages with no data file at all, which get their script, decimal separator and month
names from the CLDR. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.lang.profile import get_profile
from tqcheck.types import Finding

# Findings at the severity the check proposes (min_confidence=0): these tests are about what
# the check finds; which of its rules are precise enough to be reported major by default is
# measured (bench/calibrate.py) and tested in test_precision_cases.py.


def _major(source: str, mt: str, src: str, check: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang=src, tgt_lang="en", engine="none", min_confidence=0.0
    )
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
    # Scale words ("miliarde") and months written with numbers ("tháng 9", "5월") come from
    # the CLDR (Korean has no data file at all).
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
    (
        "ro",
        "Întâlnirea a avut loc pe 12 martie, iar creșterea a fost de 2,5 la sută.",
        "The meeting took place on March 12, and growth was 2.5 percent.",
        "The meeting took place on March 12, and growth was 25 percent.",
        "numbers",
    ),
    # Languages added as data: pronouns, negators and number words.
    (
        "nl",
        "Zij zei dat hij de vergadering niet zou bijwonen.",
        "She said that he would not attend the meeting.",
        "She said that he would attend the meeting.",
        "negation",
    ),
    (
        "nl",
        "De minister zei dat hij twaalf nieuwe scholen wil bouwen.",
        "The minister said he wants to build twelve new schools.",
        "The minister said he wants to build twenty new schools.",
        "numbers",
    ),
    (
        "sv",
        "Hon sade att regeringen aldrig skulle höja skatten.",
        "She said that the government would never raise taxes.",
        "He said that the government would never raise taxes.",
        "pronoun_gender",
    ),
    (
        "da",
        "Hun sagde, at byen ikke har penge til projektet.",
        "She said that the city does not have money for the project.",
        "She said that the city has money for the project.",
        "negation",
    ),
    (
        "nb",
        "Han sa at selskapet vil ansette fem hundre nye arbeidere.",
        "He said the company will hire five hundred new workers.",
        "She said the company will hire five hundred new workers.",
        "pronoun_gender",
    ),
    (
        "ro",
        "Ea a declarat că guvernul nu va majora taxele.",
        "She said the government will not raise taxes.",
        "She said the government will raise taxes.",
        "negation",
    ),
    (
        "el",
        "Αυτή είπε ότι η κυβέρνηση δεν θα αυξήσει τους φόρους.",
        "She said that the government will not raise taxes.",
        "She said that the government will raise taxes.",
        "negation",
    ),
    (
        "fi",
        "Hallitus ei aio nostaa veroja ensi vuonna.",
        "The government does not plan to raise taxes next year.",
        "The government plans to raise taxes next year.",
        "negation",
    ),
    (
        "hu",
        "A kormány nem emeli az adókat jövőre.",
        "The government will not raise taxes next year.",
        "The government will raise taxes next year.",
        "negation",
    ),
    (
        "id",
        "Pemerintah tidak akan menaikkan pajak tahun depan.",
        "The government will not raise taxes next year.",
        "The government will raise taxes next year.",
        "negation",
    ),
    (
        "vi",
        "Chính phủ sẽ không tăng thuế vào năm tới.",
        "The government will not raise taxes next year.",
        "The government will raise taxes next year.",
        "negation",
    ),
]


@pytest.mark.parametrize(("lang", "source", "right", "wrong", "check"), CASES)
def test_check_catches_the_error_and_passes_the_correct_translation(
    lang: str, source: str, right: str, wrong: str, check: str
) -> None:
    assert not _major(source, right, lang, check), "false alarm on the correct translation"
    assert _major(source, wrong, lang, check), "error not caught"


def test_negation_is_not_judged_in_a_language_without_negation_data() -> None:
    # Slovak has no data file: its "ne-" is unknown, so the MT's "not" is no added negation.
    assert not _major(
        "Včera neprišiel do Londýna.",
        "He did not come to London yesterday.",
        "sk",
        "negation",
    )


def test_language_without_a_data_file_gets_cldr_facts() -> None:
    slovak = get_profile("sk")  # no data file
    assert slovak.script == "Latn"
    assert slovak.decimal_separator == ","
    assert slovak.months["marca"] == 3
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
    report = tqcheck.check_texts(
        source, mt, src_lang=lang, tgt_lang="en", engine="none", min_confidence=0.0
    )
    found = [f.message for f in report.results[0].findings if f.severity in ("major", "critical")]
    assert not found


def test_norwegian_under_its_macrolanguage_code_uses_the_bokmal_data() -> None:
    # "no" is how many files tag Norwegian; its data is Bokmål's ("hun" is she).
    assert _major(
        "Hun har aldri vært i Oslo før.", "He has never been to Oslo.", "no", "pronoun_gender"
    )
