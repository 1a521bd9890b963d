"""A source name that is no word of the source language (by the system's spelling list) comes
out of a translation unchanged: its loss is an error even where a common English word took its
place. Sentences written for these tests (none from the dev data). Needs Debian's `wspanish`
and `hunspell-ru` (.ci/install installs them)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.types import Finding

# Findings at the severity the check proposes (min_confidence=0): these tests are about what
# the check finds; which of its rules are precise enough to be reported major by default is
# measured (bench/calibrate.py) and tested in test_precision_cases.py.


def _major_names(source: str, mt: str, lang: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang=lang, tgt_lang="en", engine="none", min_confidence=0.0
    )
    return [
        f
        for f in report.results[0].findings
        if f.check == "entities" and f.severity in ("major", "critical")
    ]


CASES = [
    (
        "es",
        "/usr/share/dict/spanish",
        "Los clientes de Mercadona protestaron ayer en Valencia.",
        "Mercadona customers protested yesterday in Valencia.",
        "The customers of the Government protested yesterday in Valencia.",
    ),
    (
        "ru",
        "/usr/share/hunspell/ru_RU.dic",
        "В финале турнира Гришко обыграл соперника за два часа.",
        "In the final of the tournament, Grishko beat his opponent in two hours.",
        "In the final of the tournament, the Admiral beat his opponent in two hours.",
    ),
]


@pytest.mark.parametrize(("lang", "word_list", "source", "correct", "wrong"), CASES)
def test_a_name_that_is_no_word_must_come_through(
    lang: str, word_list: str, source: str, correct: str, wrong: str
) -> None:
    if not Path(word_list).is_file():
        pytest.skip(f"{word_list} is not installed")
    assert not _major_names(source, correct, lang)
    assert _major_names(source, wrong, lang)


def test_a_name_that_is_a_word_may_be_translated() -> None:
    if not Path("/usr/share/hunspell/ru_RU.dic").is_file():
        pytest.skip("hunspell-ru is not installed")
    # "Военно-морской флот" is the Navy: two words of the list, translated.
    source = "Парад Военно-морского флота прошёл в воскресенье."
    assert not _major_names(source, "The Navy parade took place on Sunday.", "ru")
