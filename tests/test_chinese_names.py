"""Names of a Chinese source in the English MT: foreign names the source writes by sound
(惠特默, Whitmer), and the source's people the MT leaves out. Sentences written for these tests
(none from the dev data)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.lang.chinese_names import is_source_name, name_runs, person_names
from tqcheck.lang.profile import get_profile
from tqcheck.lang.transcription import english_sounds, fit
from tqcheck.types import Finding

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


@pytest.mark.parametrize(
    ("english", "syllables"),
    [
        ("Merkel", ("mo", "ke", "er")),
        ("Trump", ("te", "lang", "pu")),
        ("Miller", ("mi", "le")),
        ("Lewis", ("liu", "yi", "si")),
        ("Schumacher", ("shu", "ma", "he")),
    ],
)
def test_transcriptions_fit_their_english_names(english: str, syllables: tuple[str, ...]) -> None:
    assert fit(english_sounds(english), syllables) >= 0.78


def test_another_name_does_not_fit() -> None:
    assert fit(english_sounds("Johnson"), ("mo", "ke", "er")) < 0.6


SOURCE = "德国总理默克尔周二在柏林会见了来访的法国外长勒德里昂。"
CORRECT = (
    "German Chancellor Merkel met visiting French Foreign Minister Le Drian in Berlin on Tuesday."
)


def test_the_sources_foreign_names_pass_without_a_remark() -> None:
    report = tqcheck.check_texts(
        SOURCE, CORRECT, src_lang="zh", tgt_lang="en", engine="none", min_confidence=0.0
    )
    assert not [f for f in report.results[0].findings if f.check == "entities"]


def test_a_foreign_name_no_source_name_sounds_like_is_an_error() -> None:
    mt = CORRECT.replace("Merkel", "Kowalczyk")
    found = _major_names(SOURCE, mt)
    assert found and "Kowalczyk" in found[0].message


def test_a_person_left_out_is_an_error() -> None:
    mt = "The German Chancellor met visiting French Foreign Minister Le Drian in Berlin on Tuesday."
    found = _major_names(SOURCE, mt)
    assert found and "默克尔" in found[0].message


def test_a_chinese_person_left_out_is_an_error_and_in_pinyin_passes() -> None:
    source = "该公司总经理刘建华表示，新工厂将于明年投产。"
    assert not _major_names(
        source,
        "Liu Jianhua, general manager of the company, said the new plant will open next year.",
    )
    found = _major_names(
        source, "The general manager of the company said the new plant will open next year."
    )
    assert found and "刘建华" in found[0].message


def test_common_words_the_tagger_takes_for_names_are_not_people() -> None:
    # jieba tags 卫星 (satellite) and 洪水 (flood) as names of people.
    source = "卫星图像显示，洪水已经淹没了村庄。"
    assert person_names(source, get_profile("zh")) == []
    assert not _major_names(source, "Satellite images show that floods have submerged the village.")


def test_pinyin_of_any_source_characters_is_the_sources() -> None:
    source = "浙江省的工厂增加了产量。"
    assert is_source_name("Zhejiang", source, name_runs(source))
    assert not is_source_name("Guangdong", source, name_runs(source))


def test_a_place_inside_a_longer_name_is_not_that_place() -> None:
    # 法罗 (the Faroes) inside 布法罗 (Buffalo).
    source = "暴风雪袭击了布法罗市。"
    assert not _major_names(source, "A blizzard hit the city of Buffalo.")


def test_a_place_the_source_names_in_pinyin_must_be_in_the_mt() -> None:
    source = "上周，韶山的游客人数创下新高。"
    assert not _major_names(source, "Last week, the number of tourists in Shaoshan hit a record.")
    found = _major_names(source, "Last week, the number of tourists hit a record.")
    assert found and "韶山" in found[0].message


def test_a_place_read_another_way_is_only_worth_a_look() -> None:
    # 福冈 reads fu gang in Chinese and Fukuoka in Japanese: a known place in its stead may be
    # its rendering.
    source = "福冈县新增确诊病例九十例。"
    assert not _major_names(source, "Fukuoka Prefecture reported ninety new confirmed cases.")


@pytest.mark.skipif(
    not Path("/usr/share/unicode/Unihan_Readings.txt.bz2").is_file(),
    reason="unicode-data is not installed",
)
def test_japanese_and_korean_names_read_their_own_way() -> None:
    # 岸田 reads kishi-da in Japanese, 金正恩 kim jong un in Korean: no pinyin of them.
    assert not _major_names(
        "日本首相岸田文雄周一在东京会见了美国总统拜登。",
        "Japanese Prime Minister Fumio Kishida met US President Biden in Tokyo on Monday.",
    )
    assert not _major_names(
        "朝鲜领导人金正恩视察了导弹试验。",
        "North Korean leader Kim Jong Un inspected the missile test.",
    )
    found = _major_names(
        "朝鲜领导人金正恩视察了导弹试验。",
        "North Korean leader Kowalczyk inspected the missile test.",
    )
    assert found
