"""Names in German, where every noun is capitalised: a word the German spelling list knows in
no form (inflected, or as a compound of its words) is a name. Sentences written for these
tests (none from the dev data). Needs Debian's `wngerman` (.ci/install installs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.lang.profile import get_profile
from tqcheck.lang.word_lists import word_list
from tqcheck.types import Finding

pytestmark = pytest.mark.skipif(
    not Path("/usr/share/dict/ngerman").is_file(), reason="wngerman is not installed"
)


# Findings at the severity the check proposes (min_confidence=0): these tests are about what
# the check finds; which of its rules are precise enough to be reported major by default is
# measured (bench/calibrate.py) and tested in test_precision_cases.py.


def _major_names(source: str, mt: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang="de", tgt_lang="en", engine="none", min_confidence=0.0
    )
    return [
        f
        for f in report.results[0].findings
        if f.check == "entities" and f.severity in ("major", "critical")
    ]


SOURCE = "Am Sonntag gewann Hinteregger das Rennen in Kitzbühel."


def test_a_name_the_word_list_does_not_know_must_be_in_the_mt() -> None:
    assert not _major_names(SOURCE, "On Sunday, Hinteregger won the race in Kitzbühel.")
    found = _major_names(SOURCE, "On Sunday, the race in Kitzbühel was won.")
    assert found and "Hinteregger" in found[0].message


@pytest.mark.parametrize(
    ("source", "mt"),
    [
        # Compounds of listed words, with linking letters: Reihe-n-untersuchung, Ernte-helfer.
        (
            "Die Reihenuntersuchung der Erntehelfer ergab am Montag zwanzig positive Fälle.",
            "The screening of the harvest workers on Monday found twenty positive cases.",
        ),
        # A typo of a listed word is no name.
        (
            "Die Bundesregirung hat das Gesetz am Freitag beschlossen.",
            "The federal government passed the law on Friday.",
        ),
        # A loanword the list knows, though it looks foreign.
        (
            "Der Graveur arbeitete dreißig Jahre für die Post.",
            "The engraver worked for the post office for thirty years.",
        ),
    ],
)
def test_german_words_are_no_names(source: str, mt: str) -> None:
    assert not _major_names(source, mt)


def test_compounds_and_inflections_are_known_forms() -> None:
    words, profile = word_list("de"), get_profile("de")
    known = [
        w
        for w in ("Erderwärmung", "Erntehelfern", "Oppositionsfraktionen", "Fleetwood", "Klose")
        if words.knows_form(w, profile)
    ]
    # (Erd-erwärmung drops Erde's e; "Klose" is no "Klos" with an ending: the stem is short.)
    assert known == ["Erderwärmung", "Erntehelfern", "Oppositionsfraktionen"]


def test_a_place_adjective_names_the_place() -> None:
    source = "Die Wiener Polizei nahm den Mann am Abend fest."
    assert not _major_names(source, "The Vienna police arrested the man in the evening.")
    found = _major_names(source, "The police arrested the man in the evening.")
    assert found and "Vienna" in found[0].message


def test_an_acronym_english_writes_the_same_must_be_in_the_mt() -> None:
    source = "Nach Angaben der NSA wurden die Daten am Montag gelöscht."
    assert not _major_names(source, "According to the NSA, the data was deleted on Monday.")
    found = _major_names(source, "According to the agency, the data was deleted on Monday.")
    assert found and "NSA" in found[0].message
