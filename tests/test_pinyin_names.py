"""Chinese people's names in pinyin, read back against the Chinese source. Sentences written
for these tests (none from the dev data)."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.types import Finding

SOURCE = "记者昨天在北京采访了退休教师王丽华。"


# Findings at the severity the check proposes (min_confidence=0): these tests are about what
# the check finds; which of its rules are precise enough to be reported major by default is
# measured (bench/calibrate.py) and tested in test_precision_cases.py.


def _major_names(source: str, mt: str) -> list[Finding]:
    report = tqcheck.check_texts(
        source, mt, src_lang="zh", tgt_lang="en", engine="none", min_confidence=0.0
    )
    return [
        f
        for f in report.results[0].findings
        if f.check == "entities" and f.severity in ("major", "critical")
    ]


def test_the_sources_name_in_pinyin_passes() -> None:
    mt = "Yesterday in Beijing the reporter interviewed retired teacher Wang Lihua."
    assert not _major_names(SOURCE, mt)


@pytest.mark.parametrize(
    ("mt", "sounds"),
    [
        # Another person's name: it replaces the source's.
        ("Yesterday in Beijing the reporter interviewed retired teacher Zhang Wei.", "Zhang"),
        # The right person, misspelled: 华 reads hua, not huan.
        ("Yesterday in Beijing the reporter interviewed retired teacher Wang Lihuan.", "wang"),
    ],
)
def test_a_pinyin_name_no_source_characters_read_is_an_error(mt: str, sounds: str) -> None:
    found = _major_names(SOURCE, mt)
    assert found and sounds in found[0].message


def test_places_and_words_that_spell_pinyin_are_no_names() -> None:
    # "Hong Kong" reads hong kong, and 香港 xiang gang: a place, not a person.
    assert not _major_names("香港的经济保持稳定。", "Hong Kong's economy remains stable.")
    # A character's other reading counts (行 is xing and hang).
    assert not _major_names("银行家陈行说了这番话。", "The banker Chen Xing said this.")
