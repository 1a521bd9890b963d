"""Localization files in CI: XLIFF 1.2/2.0, PO, TMX and JSON resources, their placeholders, and
hostile XML. Each known error must come out with the unit id and the line a CI annotation
needs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tqcheck.cli import main

PO = """# Macedonian UI strings
msgid ""
msgstr ""
"Language: mk\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: app.py:10
msgid "Hello, {name}!"
msgstr "Здраво!"

#: app.py:12
msgid "You have %d new messages."
msgstr "Имате %d нови пораки."

msgctxt "menu"
msgid "Open file"
msgstr "Отвори датотека"
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="mk">
  <file id="f1">
    <unit id="save">
      <segment>
        <source>Save <pc id="1">all</pc> changes</source>
        <target>Зачувај ги <pc id="1">сите</pc> промени</target>
      </segment>
    </unit>
    <unit id="greeting">
      <segment>
        <source>Welcome back, <ph id="2"/>!</source>
        <target>Добредојде назад!</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app.properties" source-language="en-US" target-language="mk-MK"
        datatype="plaintext">
    <body>
      <trans-unit id="welcome">
        <source>Hello <x id="1"/>, you have <g id="2">3</g> files</source>
        <target>Здраво <x id="1"/>, имате <g id="2">3</g> датотеки</target>
      </trans-unit>
      <trans-unit id="pending">
        <source>Not yet translated</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
          creationtool="test" creationtoolversion="1" o-tmf="none"/>
  <body>
    <tu tuid="delete-confirm">
      <tuv xml:lang="en"><seg>Delete 5 files?</seg></tuv>
      <tuv xml:lang="mk"><seg>Да се избришат 6 датотеки?</seg></tuv>
    </tu>
    <tu tuid="close">
      <tuv xml:lang="en"><seg>Close the window.</seg></tuv>
      <tuv xml:lang="mk"><seg>Затвори го прозорецот.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def _sarif(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(main, ["check", *args, "--engine", "none", "--format", "sarif"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["runs"][0]["results"]


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_po_placeholder_lost_is_critical_at_its_msgstr_line(tmp_path: Path) -> None:
    po = tmp_path / "mk.po"
    po.write_text(PO, encoding="utf-8")
    status, results = _sarif(str(po))
    assert status == 1
    assert len(results) == 1, results
    found = results[0]
    assert found["ruleId"] == "placeholders/Accuracy/Omission"
    assert found["level"] == "error" and found["properties"]["severity"] == "critical"
    assert "{name}" in found["message"]["text"]
    location = found["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == str(po)
    assert location["physicalLocation"]["region"]["startLine"] == _line_of(po, 'msgstr "Здраво!"')
    assert location["logicalLocations"][0]["name"] == "Hello, {name}!"


def test_xliff_20_lost_inline_code_names_the_unit_and_line(tmp_path: Path) -> None:
    xlf = tmp_path / "app.xlf"
    xlf.write_text(XLIFF20, encoding="utf-8")
    _, results = _sarif(str(xlf))
    assert [r["properties"]["segment"] for r in results] == ["greeting"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == _line_of(xlf, "<target>Добредојде назад!</target>")
    assert "<ph2/>" in results[0]["message"]["text"]


def test_xliff_12_inline_codes_kept_and_untranslated_units_skipped(tmp_path: Path) -> None:
    xlf = tmp_path / "app.xliff"
    xlf.write_text(XLIFF12, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(xlf), "--engine", "none", "--format", "json"])
    report = json.loads(result.stdout)
    assert report["summary"]["src_lang"] == "en" and report["summary"]["tgt_lang"] == "mk"
    assert [s["id"] for s in report["segments"]] == ["welcome"]
    assert report["segments"][0]["mt"] == "Здраво <x1/>, имате <g2>3</g2> датотеки"
    # Tags are neither untranslated words nor names, and nothing is lost: no findings.
    assert report["segments"][0]["findings"] == []


def test_tmx_changed_number_names_the_tuid_and_line(tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(TMX, encoding="utf-8")
    _, results = _sarif(str(tmx), "--tgt-lang", "mk")
    numbers = [r for r in results if r["ruleId"].startswith("numbers/")]
    assert [r["properties"]["segment"] for r in numbers] == ["delete-confirm"]
    region = numbers[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == _line_of(tmx, "6 датотеки")


def test_json_resources_pair_by_key_path(tmp_path: Path) -> None:
    en, mk = tmp_path / "en.json", tmp_path / "mk.json"
    en.write_text(
        json.dumps(
            {"menu": {"open": "Open", "count": "{count} files"}, "title": "Settings"}, indent=2
        ),
        encoding="utf-8",
    )
    mk.write_text(
        json.dumps({"menu": {"open": "Отвори", "count": "датотеки"}}, indent=2), encoding="utf-8"
    )
    result = CliRunner().invoke(
        main,
        [
            *("check", "--source", str(en), "--mt", str(mk)),
            *("--src-lang", "en", "--tgt-lang", "mk", "--engine", "none", "--format", "sarif"),
        ],
    )
    assert result.exit_code == 1
    results = json.loads(result.stdout)["runs"][0]["results"]
    by_segment = {r["properties"]["segment"]: r for r in results}
    assert set(by_segment) == {"menu.count", "title"}
    assert "{count}" in by_segment["menu.count"]["message"]["text"]
    count_line = by_segment["menu.count"]["locations"][0]["physicalLocation"]["region"]
    assert count_line["startLine"] == _line_of(mk, '"count"')
    assert "no string for 'title'" in by_segment["title"]["message"]["text"]


def test_hostile_and_broken_xml_exit_2_without_reading_outside(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    laughs = tmp_path / "laughs.xlf"
    laughs.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;">]>\n<xliff version="1.2"><file><body><trans-unit id="1">'
        "<source>&c;</source><target>&c;</target></trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    external = tmp_path / "external.tmx"
    external.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg>'
        '</tuv><tuv xml:lang="mk"><seg>&x;</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    broken = tmp_path / "broken.xlf"
    broken.write_text('<xliff version="2.0">\n<file>\n<unit id="1">\n</file></xliff>', "utf-8")
    for path, reason in (
        (laughs, "refused unsafe XML"),
        (external, "refused unsafe XML"),
        (broken, "malformed XLIFF"),
    ):
        result = CliRunner().invoke(main, ["check", str(path), "--engine", "none", "-q"])
        assert result.exit_code == 2, (path, result.output)
        message = result.stderr.strip()
        assert "\n" not in message and reason in message and str(path) in message
        assert "TOP-SECRET" not in result.output
    assert f"{broken}:4:" in CliRunner().invoke(main, ["check", str(broken)]).stderr


def test_placeholders_are_not_language_findings(tmp_path: Path) -> None:
    """A correct translation full of variables and tags is clean: {user_name} is not an
    untranslated word and <b> is not a name."""
    po = tmp_path / "ok.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: mk\\n"\n\n'
        'msgid "<b>{user_name}</b> shared %(count)s photos with ${team}."\n'
        'msgstr "<b>{user_name}</b> сподели %(count)s фотографии со ${team}."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["segments"][0]["findings"] == []


def _catalog(
    tmp_path: Path, entries: str, name: str = "de.po", header: bool = True, lang: str = "de"
) -> Path:
    po = tmp_path / name
    head = (
        f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    )
    po.write_text((head if header else "") + entries, encoding="utf-8")
    return po


def _rules(po: Path, *options: str) -> list[tuple[str, str, str]]:
    """(unit, rule, severity) of every finding of a default run."""
    result = CliRunner().invoke(
        main, ["check", str(po), "--engine", "none", "--format", "json", *options]
    )
    assert result.exit_code in (0, 1), result.output
    return [
        (s["id"], f["rule"], f["severity"])
        for s in json.loads(result.stdout)["segments"]
        for f in s["findings"]
    ]


def _not_minor(po: Path) -> list[tuple[str, str]]:
    """(unit, rule) of every finding above minor in a default run."""
    return [(unit, rule) for unit, rule, severity in _rules(po) if severity != "minor"]


def test_printf_arguments_are_compared_by_position_and_type(tmp_path: Path) -> None:
    """A reordering by position is the translator's right; a changed type is a crash; length
    modifiers, flags and * widths are directives too; "%%" is a percent sign."""
    po = _catalog(
        tmp_path,
        '#, c-format\nmsgid "%s has %d files"\nmsgstr "%2$d Dateien hat %1$s"\n\n'
        '#, c-format\nmsgid "Copied %s: %d bytes"\nmsgstr "%d Bytes kopiert: %s"\n\n'
        '#, c-format\nmsgid "%lu items, %*d wide, 100%% done"\n'
        'msgstr "%lu Elemente, 100%% fertig"\n',
    )
    found = _rules(po)
    assert ("%s has %d files", "placeholders.type-mismatch", "critical") not in found
    assert not any(unit == "%s has %d files" for unit, _, _ in found), found
    mismatches = [f for f in found if f[0] == "Copied %s: %d bytes"]
    assert [r for _, r, _ in mismatches] == ["placeholders.type-mismatch"] * 2
    assert {s for _, _, s in mismatches} == {"critical"}
    lost = [f for f in found if f[0].startswith("%lu")]
    # The * width reads an argument of its own: both it and the %d it sizes are gone.
    assert [(r, s) for _, r, s in lost] == [("placeholders.missing", "critical")] * 2


def test_words_in_brackets_and_braces_of_a_c_catalog_are_translated_text(
    tmp_path: Path,
) -> None:
    """In a catalog of C strings, "<internal>" and "{INTEGER}" are words the translator
    translates, and so are git's and dpkg's "<object>" and "<link>", though HTML has elements
    of those names: no end tag closes them. "%%(body)" is the text "%(body)", no Python
    directive. An HTML tag the translation drops is still a lost tag, a bare "<br>" too."""
    po = _catalog(
        tmp_path,
        'msgid "<internal>"\nmsgstr "<intern>"\n\n'
        'msgid "  {INTEGER}  repeat the pattern"\nmsgstr "  {GANZZAHL}  Muster wiederholen"\n\n'
        "msgid \"<object> required with '-%c'\"\nmsgstr \"<Objekt> benötigt mit '-%c'\"\n\n"
        'msgid "--%s needs <link> <name> <path>"\n'
        'msgstr "--%s benötigt <Link> <Name> <Pfad>"\n\n'
        'msgid "%%(body) does not take arguments"\n'
        'msgstr "%%(body) akzeptiert keine Argumente"\n\n'
        'msgid "Open <b>%s</b>"\nmsgstr "%s öffnen"\n\n'
        'msgid "First line<br>second line"\nmsgstr "Erste Zeile, zweite Zeile"\n',
    )
    found = _rules(po)
    assert [(u, r) for u, r, _ in found if r.startswith("placeholders")] == [
        ("Open <b>%s</b>", "placeholders.missing"),
        ("Open <b>%s</b>", "placeholders.missing"),
        ("First line<br>second line", "placeholders.missing"),
    ]


def test_gettext_entries_as_gettext_means_them(tmp_path: Path) -> None:
    """An empty msgstr is an untranslated string; a missing newline at a string's end is what
    msgfmt -c rejects; a plural form for one number may leave the number out; Windows line
    ends and an escaped "\\r" are read like any other text."""
    po = _catalog(
        tmp_path,
        'msgid "Close"\nmsgstr ""\n\n'
        'msgid "Done.\\n"\nmsgstr "Fertig."\n\n'
        '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\n'
        'msgstr[0] "eine Datei"\nmsgstr[1] "%d Dateien"\n\n'
        'msgid "Line\\r"\nmsgstr "Zeile\\r"\n',
    )
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r\n"))
    found = _rules(po)
    assert ("Close", "untranslated.empty", "major") in found
    assert ("Done.\n", "placeholders.newline-at-ends", "major") in found
    assert ("%d file[0]", "placeholders.missing-in-plural-form", "minor") in found
    assert not any(unit.startswith("Line") for unit, _, _ in found)


def test_a_malformed_catalog_is_refused_with_its_line(tmp_path: Path) -> None:
    """An unterminated string is no string: polib would read it with its last character lost."""
    po = _catalog(tmp_path, 'msgid "Open"\nmsgstr "Öffnen\n\nmsgid "Close"\nmsgstr "Schließen"\n')
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none"])
    assert result.exit_code == 2
    assert f"{po}:7: malformed PO file" in result.stderr


def test_a_catalog_is_read_in_the_charset_its_header_declares(tmp_path: Path) -> None:
    """msgfmt compiles ISO-8859-1 and KOI8-R catalogs, and msgunfmt writes a .mo's charset
    back: such a catalog is read as its header says, with its line numbers; a charset no
    codec knows, or bytes the declared one cannot hold, exit 2 naming the file."""
    head = 'msgid ""\nmsgstr ""\n"Language: da\\n"\n"Content-Type: text/plain; charset={}\\n"\n\n'
    entries = 'msgid "Cancel"\nmsgstr "Annullér"\n\n#, c-format\nmsgid "%d files"\nmsgstr "filer"\n'
    po = tmp_path / "da.po"
    po.write_bytes((head.format("ISO-8859-1") + entries).encode("latin-1"))
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 1, result.output
    segments = json.loads(result.stdout)["segments"]
    assert [s["mt"] for s in segments] == ["Annullér", "filer"]
    assert [f["rule"] for f in segments[1]["findings"]] == ["placeholders.missing"]
    _, [found] = _sarif(str(po))
    assert found["locations"][0]["physicalLocation"]["region"]["startLine"] == 11

    po.write_bytes((head.format("x-no-such-charset") + entries).encode("latin-1"))
    unknown = CliRunner().invoke(main, ["check", str(po), "--engine", "none"])
    assert unknown.exit_code == 2
    assert f"{po}: unknown charset 'x-no-such-charset'" in unknown.stderr

    po.write_bytes((head.format("UTF-8") + entries).encode("latin-1"))
    wrong = CliRunner().invoke(main, ["check", str(po), "--engine", "none"])
    assert wrong.exit_code == 2
    assert f"{po}: not UTF-8 (as the header says) at byte" in wrong.stderr


def test_a_fuzzy_entry_is_reported_but_fails_the_gate_only_when_asked(tmp_path: Path) -> None:
    po = _catalog(tmp_path, '#, fuzzy, c-format\nmsgid "Saved %s"\nmsgstr "Gespeichert"\n')
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 0, result.output
    [segment] = json.loads(result.stdout)["segments"]
    assert segment["fuzzy"] is True
    assert [f["rule"] for f in segment["findings"]] == ["placeholders.missing"]
    asked = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--fail-on-fuzzy"])
    assert asked.exit_code == 1
    assert "finding(s) at or above" in asked.stderr


def test_unknown_check_or_rule_names_are_usage_errors(tmp_path: Path) -> None:
    po = _catalog(tmp_path, 'msgid "Open"\nmsgstr "Öffnen"\n')
    bogus = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--checks", "bogus"])
    assert bogus.exit_code == 2
    assert "no such check 'bogus'" in bogus.stderr
    config = tmp_path / "tqcheck.toml"
    config.write_text('[checks]\n"placeholders.type-mismatch" = "minor"\nnegatoin = "off"\n')
    typo = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--config", str(config)])
    assert typo.exit_code == 2
    assert "negatoin" in typo.stderr


def test_a_rule_level_in_the_config_gates_that_rule_only(tmp_path: Path) -> None:
    po = _catalog(
        tmp_path,
        '#, c-format\nmsgid "Copied %s: %d bytes"\nmsgstr "%d Bytes kopiert: %s"\n',
    )
    config = tmp_path / "tqcheck.toml"
    config.write_text('[checks]\n"placeholders.type-mismatch" = "never"\n')
    quiet = CliRunner().invoke(
        main, ["check", str(po), "--engine", "none", "--config", str(config)]
    )
    assert quiet.exit_code == 0, quiet.output
    config.write_text('[checks]\n"placeholders.missing" = "never"\n')
    gated = CliRunner().invoke(
        main, ["check", str(po), "--engine", "none", "--config", str(config)]
    )
    assert gated.exit_code == 1


def test_a_carriage_return_in_a_catalog_is_text_not_a_silent_pass(tmp_path: Path) -> None:
    """A "\\r" in a string, escaped or raw, is read as the character it is and the catalog is
    checked as a whole (a "\\r" once broke the analyser's line count, and every unit with
    it): its real error is still found and fails the gate."""
    po = _catalog(
        tmp_path,
        'msgid "Progress\\r"\nmsgstr "Fortschritt\r"\n\n'
        '#, c-format\nmsgid "\\r\\nmalloc: %s: assertion botched\\r\\n"\n'
        'msgstr "\\r\\nmalloc: %s: Zusicherung verpfuscht\\r\\n"\n\n'
        '#, c-format\nmsgid "Saved %s"\nmsgstr "Gespeichert"\n',
    )
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 1, result.output
    segments = json.loads(result.stdout)["segments"]
    assert len(segments) == 3
    assert all("error" not in s for s in segments), segments
    assert [f["rule"] for s in segments for f in s["findings"]] == ["placeholders.missing"]


def test_a_catalog_of_fuzzy_entries_only_passes_the_gate(tmp_path: Path) -> None:
    po = _catalog(
        tmp_path,
        '#, fuzzy, c-format\nmsgid "Saved %s"\nmsgstr "Gespeichert"\n\n'
        '#, fuzzy\nmsgid "Open the file"\nmsgstr "Open the file"\n',
    )
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 0, result.output
    segments = json.loads(result.stdout)["segments"]
    assert [s["fuzzy"] for s in segments] == [True, True]
    assert {f["rule"] for s in segments for f in s["findings"]} == {
        "placeholders.missing",
        "untranslated.copied-source",
    }


def test_a_copy_of_the_source_fails_where_names_and_shared_words_do_not(
    tmp_path: Path,
) -> None:
    """ "Open the file" left in English in a German catalog is untranslated; a person's name,
    a product name, a font setting and a word German shares ("Status") are kept on purpose."""
    po = _catalog(
        tmp_path,
        'msgid "Could not open the file"\nmsgstr "Could not open the file"\n\n'
        'msgid "Randy Smith"\nmsgstr "Randy Smith"\n\n'
        'msgid "Richard M. Stallman"\nmsgstr "Richard M. Stallman"\n\n'
        'msgid "Russian Federation"\nmsgstr "Russian Federation"\n\n'
        'msgid "Grant Access"\nmsgstr "Grant Access"\n\n'
        'msgid "GNOME Shell"\nmsgstr "GNOME Shell"\n\n'
        'msgid "Sans 12"\nmsgstr "Sans 12"\n\n'
        'msgid "Status"\nmsgstr "Status"\n\n'
        'msgid "--all, -a"\nmsgstr "--all, -a"\n\n'
        'msgid "December"\nmsgstr "December"\n\n'
        'msgid "April"\nmsgstr "April"\n',
    )
    found = _rules(po)
    assert [(u, r, s) for u, r, s in found if s != "minor"] == [
        ("Could not open the file", "untranslated.copied-source", "major"),
        ("Russian Federation", "untranslated.copied-source", "major"),
        ("Grant Access", "untranslated.copied-source", "major"),
        ("December", "untranslated.copied-source", "major"),
    ]


def test_a_word_the_catalog_translates_elsewhere_is_a_copy_in_any_case(tmp_path: Path) -> None:
    """A catalog whose other strings all translate "icon" has left this one in English; one
    whose other strings keep "Quartz" (a product's name there) keeps it on purpose."""
    po = _catalog(
        tmp_path,
        'msgid "Icon"\nmsgstr "Icon"\n\n'
        'msgid "Icon size"\nmsgstr "Symbolgröße"\n\n'
        'msgid "Icon name"\nmsgstr "Symbolname"\n\n'
        'msgid "Show icon"\nmsgstr "Symbol anzeigen"\n\n'
        'msgid "Quartz"\nmsgstr "Quartz"\n\n'
        'msgid "Quartz backend"\nmsgstr "Quartz-Backend"\n\n'
        'msgid "Quartz drawing"\nmsgstr "Zeichnen mit Quartz"\n',
    )
    found = _rules(po)
    assert [(u, r) for u, r, s in found if s != "minor"] == [("Icon", "untranslated.copied-source")]


def test_a_word_inside_a_longer_word_is_kept_only_as_a_compound_or_its_own_form(
    tmp_path: Path,
) -> None:
    """French "texte" translates "text" (a letter more is no compound), so "Text" left in
    English is a copy; German "Dateiname" and "Namen" keep "name" (a compound, and a form of
    a word German has), so "Name" is German there."""
    french = _catalog(
        tmp_path,
        'msgid "Text"\nmsgstr "Text"\n\n'
        'msgid "Text size"\nmsgstr "Taille du texte"\n\n'
        'msgid "Plain text"\nmsgstr "Texte brut"\n\n'
        'msgid "Edit the text"\nmsgstr "Modifier le texte"\n',
        name="fr.po",
        lang="fr",
    )
    assert _not_minor(french) == [("Text", "untranslated.copied-source")]
    german = _catalog(
        tmp_path,
        'msgid "Name"\nmsgstr "Name"\n\n'
        'msgid "File name"\nmsgstr "Dateiname"\n\n'
        'msgid "Host name"\nmsgstr "Rechnername"\n\n'
        'msgid "Names of the files"\nmsgstr "Namen der Dateien"\n',
    )
    assert _not_minor(german) == []


def test_a_copyright_notice_kept_as_it_is_is_no_copy(tmp_path: Path) -> None:
    """A one-line copyright notice names its holder and year: catalogs keep it in English;
    a longer string that holds one beside prose to translate is still a copy."""
    po = _catalog(
        tmp_path,
        'msgid "Copyright (C) 2021 Example Software Foundation, Inc."\n'
        'msgstr "Copyright (C) 2021 Example Software Foundation, Inc."\n\n'
        'msgid "Copyright (C) 2021 Example Software Foundation, Inc.\\n'
        'This program comes with no warranty."\n'
        'msgstr "Copyright (C) 2021 Example Software Foundation, Inc.\\n'
        'This program comes with no warranty."\n',
        name="sr.po",
        lang="sr",
    )
    found = _not_minor(po)
    assert [rule for _, rule in found] == ["untranslated.copied-source"]
    assert "warranty" in found[0][0]


def test_a_phrase_the_translated_strings_keep_in_english_is_a_term_of_the_trade(
    tmp_path: Path,
) -> None:
    """Italian writes "standard error" in English though it translates "error" alone: a copied
    "standard error" is the catalog's term, a copied "Error" is untranslated; German copies of
    "File System" are copies where the catalog translates "file" and keeps no such phrase."""
    italian = _catalog(
        tmp_path,
        'msgid "standard error"\nmsgstr "standard error"\n\n'
        'msgid "Error"\nmsgstr "Error"\n\n'
        'msgid "Write the log to standard error"\nmsgstr "Scrive il registro su standard error"\n\n'
        'msgid "Print the error to standard error"\nmsgstr "Stampa l\'errore su standard error"\n\n'
        'msgid "An error occurred"\nmsgstr "Si è verificato un errore"\n\n'
        'msgid "Unknown error"\nmsgstr "Errore sconosciuto"\n',
        name="it.po",
        lang="it",
    )
    assert _not_minor(italian) == [("Error", "untranslated.copied-source")]
    german = _catalog(
        tmp_path,
        'msgid "File System"\nmsgstr "File System"\n\n'
        'msgid "File System Root"\nmsgstr "File System Root"\n\n'
        'msgid "Open the file"\nmsgstr "Die Datei öffnen"\n\n'
        'msgid "Save the file"\nmsgstr "Die Datei speichern"\n\n'
        'msgid "File not found"\nmsgstr "Datei nicht gefunden"\n',
    )
    assert _not_minor(german) == [
        ("File System", "untranslated.copied-source"),
        ("File System Root", "untranslated.copied-source"),
    ]


def test_a_copied_identifier_is_a_copy_where_its_context_translates_identifiers(
    tmp_path: Path,
) -> None:
    """GTK's keyboard labels are identifiers ("KP_Page_Down") that most catalogs translate:
    a copy among translated ones is untranslated; in a catalog that keeps them (Danish,
    Ukrainian) a copy is its habit; an identifier with no context is code."""

    def labels(copy: str, kept: bool) -> str:
        names = {"KP_Home": "KP_Début", "KP_End": "KP_Fin", "Page_Up": "Page_Haut",
                 "KP_Left": "KP_Gauche", "AudioPlay": "AudioLecture"}  # fmt: skip
        entries = [
            f'msgctxt "keyboard label"\nmsgid "{key}"\nmsgstr "{key if kept else label}"\n\n'
            for key, label in names.items()
        ]
        return (
            f'msgctxt "keyboard label"\nmsgid "{copy}"\nmsgstr "{copy}"\n\n'
            + "".join(entries)
            + 'msgid "g_io_channel_read"\nmsgstr "g_io_channel_read"\n\n'
            'msgid "Scroll down"\nmsgstr "Défiler vers le bas"\n\n'
            'msgid "Move down"\nmsgstr "Descendre"\n'
        )

    for copy in ("KP_Page_Down", "TouchpadToggle"):
        translating = _catalog(tmp_path, labels(copy, kept=False), name="fr.po", lang="fr")
        assert _not_minor(translating) == [
            (f"keyboard label\x04{copy}", "untranslated.copied-source")
        ]
    keeping = _catalog(tmp_path, labels("KP_Page_Down", kept=True), name="fr.po", lang="fr")
    assert _not_minor(keeping) == []


def test_an_identifiers_words_name_no_person(tmp_path: Path) -> None:
    """ "Page" is a surname too, but "Page_Up" copied among translated keyboard labels, in a
    catalog that writes "Seite" for "page", is untranslated."""
    labels = {"KP_Home": "KP_Pos1", "KP_End": "KP_Ende", "KP_Left": "KP_Links",
              "KP_Up": "KP_Hoch", "AudioPlay": "AudioAbspielen"}  # fmt: skip
    po = _catalog(
        tmp_path,
        'msgctxt "keyboard label"\nmsgid "Page_Up"\nmsgstr "Page_Up"\n\n'
        + "".join(
            f'msgctxt "keyboard label"\nmsgid "{key}"\nmsgstr "{label}"\n\n'
            for key, label in labels.items()
        )
        + 'msgid "Next page"\nmsgstr "Nächste Seite"\n\n'
        'msgid "Previous page"\nmsgstr "Vorherige Seite"\n',
    )
    assert _not_minor(po) == [("keyboard label\x04Page_Up", "untranslated.copied-source")]


def test_a_translation_cut_short_is_truncated(tmp_path: Path) -> None:
    po = _catalog(
        tmp_path,
        'msgid "The archive could not be opened because the disk is full."\n'
        'msgstr "Das Archiv konnte nicht"\n\n'
        'msgid "The archive could not be read because it is damaged."\n'
        'msgstr "Das Archiv ist beschädigt und konnte nicht gelesen werden."\n',
    )
    found = _rules(po)
    assert [(u[:20], r) for u, r, s in found if s != "minor"] == [
        ("The archive could no", "truncation.truncated")
    ]


def test_a_translation_that_ends_where_no_phrase_ends_is_truncated(tmp_path: Path) -> None:
    """A string cut after a preposition or a comma stops short even when its length alone
    would pass; a source that ends that way itself (an inverted name) warrants no length."""
    po = _catalog(
        tmp_path,
        'msgid "Error sending credentials: "\nmsgstr "Произошла ошибка при"\n\n'
        'msgid "Overwrite an existing cache, even if up to date"\n'
        'msgstr "Перезаписать существующий кэш-файл,"\n\n'
        'msgid "Iran, Islamic Republic of"\nmsgstr "Иран"\n\n'
        'msgid "Error sending data"\nmsgstr "Ошибка при отправке данных"\n',
        name="ru.po",
        lang="ru",
    )
    found = _rules(po)
    assert [(u[:20], r) for u, r, s in found if s != "minor"] == [
        ("Error sending creden", "truncation.truncated"),
        ("Overwrite an existin", "truncation.truncated"),
    ]


def test_a_short_translation_with_the_catalog_s_words_for_its_source_is_complete(
    tmp_path: Path,
) -> None:
    """The catalog's other strings teach that "directory" is "папка" and "destination" is
    "целта": a terse Bulgarian translation that has both is complete, one that lacks the
    source's last words is still cut short."""
    entries = "".join(
        f'msgid "{source}"\nmsgstr "{translation}"\n\n'
        for source, translation in (
            ("Cannot open directory %s", "Папката %s не може да се отвори"),
            ("Cannot read directory %s", "Папката %s не може да се прочете"),
            ("The destination exists", "Целта съществува"),
            ("Choose the destination", "Изберете целта"),
            ("Destination %s is not a directory", "Целта %s не е папка"),
            (
                "The directory was copied to the destination without errors",
                "Папката беше копирана",
            ),
        )
    )
    found = _rules(_catalog(tmp_path, entries, name="bg.po", lang="bg"))
    assert [(u[:20], r) for u, r, s in found if s != "minor"] == [
        ("The directory was co", "truncation.truncated")
    ], found


def test_weekdays_languages_and_countries_copied_where_the_target_names_them_otherwise(
    tmp_path: Path,
) -> None:
    """The CLDR's names: "Wednesday" and "Tibetan" left in English in a German catalog are
    untranslated, "Sierra Leone" is German too; an abbreviation counts only on its own
    ("Sun Microsystems" is a company)."""
    po = _catalog(
        tmp_path,
        'msgid "Wednesday"\nmsgstr "Wednesday"\n\n'
        'msgid "Wed"\nmsgstr "Wed"\n\n'
        'msgid "Tibetan"\nmsgstr "Tibetan"\n\n'
        'msgid "Sierra Leone"\nmsgstr "Sierra Leone"\n\n'
        'msgid "Sun Microsystems"\nmsgstr "Sun Microsystems"\n',
    )
    found = _rules(po)
    assert [(u, r) for u, r, s in found if s != "minor"] == [
        ("Wednesday", "untranslated.copied-source"),
        ("Wed", "untranslated.copied-source"),
        ("Tibetan", "untranslated.copied-source"),
    ]


def test_a_catalog_that_keeps_script_names_in_english_keeps_them_on_purpose(
    tmp_path: Path,
) -> None:
    po = _catalog(
        tmp_path,
        'msgid "Batak"\nmsgstr "Batak"\n\n'
        'msgid "Tangut"\nmsgstr "Tangut"\n\n'
        'msgid "Hatran"\nmsgstr "Hatran"\n\n'
        'msgid "Thai"\nmsgstr "Thai"\n',
    )
    assert [r for _, r, s in _rules(po) if s != "minor"] == []


def test_names_the_target_writes_the_same_are_no_habit_of_keeping_english(
    tmp_path: Path,
) -> None:
    """A catalog keeps "Hangul", "Devanagari" and "Costa Rica" because German writes them so;
    that says nothing of how it treats names German writes otherwise, so a copied "Ethiopic"
    ("Äthiopisch") beside a translated "Arabic" is untranslated."""
    po = _catalog(
        tmp_path,
        'msgid "Hangul"\nmsgstr "Hangul"\n\n'
        'msgid "Bopomofo"\nmsgstr "Bopomofo"\n\n'
        'msgid "Devanagari"\nmsgstr "Devanagari"\n\n'
        'msgid "Costa Rica"\nmsgstr "Costa Rica"\n\n'
        'msgid "Mali"\nmsgstr "Mali"\n\n'
        'msgid "Arabic"\nmsgstr "Arabisch"\n\n'
        'msgid "Ethiopic"\nmsgstr "Ethiopic"\n',
    )
    assert _not_minor(po) == [("Ethiopic", "untranslated.copied-source")]


def test_plural_forms_follow_the_catalogs_plural_forms_header(tmp_path: Path) -> None:
    """Russian form 0 serves 1, 21, 31...: it must print the count; form 1 of a German entry
    serves every number but one; an entry with a form too few is what msgfmt -c rejects."""
    head = (
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
        'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
    )
    po = tmp_path / "ru.po"
    po.write_text(
        head + '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\n'
        'msgstr[0] "один файл"\nmsgstr[1] "%d файла"\nmsgstr[2] "%d файлов"\n\n'
        '#, c-format\nmsgid "%d folder"\nmsgid_plural "%d folders"\n'
        'msgstr[0] "%d папка"\nmsgstr[1] "%d папки"\n',
        encoding="utf-8",
    )
    found = _rules(po)
    assert ("%d file[0]", "placeholders.missing", "critical") in found
    assert ("%d folder[0]", "placeholders.plural-form-count", "critical") in found
    assert not any(u.startswith("%d file[") and u != "%d file[0]" for u, _, _ in found), found


def test_a_digit_changed_inside_a_code_of_a_ui_string_is_an_error(tmp_path: Path) -> None:
    po = _catalog(
        tmp_path,
        'msgid "Input is not valid UTF-8 text"\n'
        'msgstr "Die Eingabe ist kein gültiger UTF-9-Text"\n',
    )
    assert ("Input is not valid UTF-8 text", "numbers.changed.in-code", "major") in _rules(po)


def test_a_month_whose_name_is_its_abbreviation_may_be_abbreviated(tmp_path: Path) -> None:
    """English "May" is also May's abbreviation: Croatian "svi" is its abbreviation there,
    and "lip" (June's) is another month."""
    po = _catalog(
        tmp_path,
        'msgid ""\nmsgstr ""\n"Language: hr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "abbreviated month name"\nmsgid "May"\nmsgstr "svi"\n\n'
        'msgctxt "abbreviated month name, wrong"\nmsgid "May"\nmsgstr "lip"\n',
        name="hr.po",
        header=False,
    )
    found = [(r, s) for _, r, s in _rules(po)]
    assert (
        found.count(("numbers.changed.month", "major"))
        + found.count(("numbers.missing.month", "major"))
        == 1
    ), found


def test_a_number_changed_beside_a_code_the_translator_added_is_a_changed_number(
    tmp_path: Path,
) -> None:
    po = _catalog(
        tmp_path,
        'msgid "User defined signal 2"\n'
        'msgstr "Benutzerdefiniertes Signal 4 (SIGUSR2)"\n\n'
        'msgid "User defined signal 1"\n'
        'msgstr "Benutzerdefiniertes Signal 1 (SIGUSR1)"\n\n'
        "msgid \"Removes the first directory, starting with zero: `popd +0', `popd -1'.\"\n"
        'msgstr "Entfernt das erste Verzeichnis, ab null: „popd +0“, „popd -2“."\n',
    )
    found = _rules(po)
    assert ("User defined signal 2", "numbers.changed.number", "major") in found
    # (The gloss the translator added changes nothing.)
    assert not [f for f in found if f[0] == "User defined signal 1"], found
    popd = [f for f in found if f[0].startswith("Removes")]
    assert ("numbers.changed.number", "major") in [(r, s) for _, r, s in popd], found


def test_a_suppression_comment_holds_until_the_unit_changes(tmp_path: Path) -> None:
    """The comment a finding suggests silences it; once the translation changes the stored
    hash no longer matches and the finding is back."""
    entry = '#, c-format\nmsgid "Copied %s: %d bytes"\nmsgstr "{mt}"\n'
    po = _catalog(tmp_path, entry.format(mt="%d Bytes kopiert: %s"))
    result = CliRunner().invoke(main, ["check", str(po), "--engine", "none", "--format", "json"])
    assert result.exit_code == 1
    [finding, *_] = json.loads(result.stdout)["segments"][0]["findings"]
    hint = finding["evidence"]["suppress"]
    assert hint.startswith("tqcheck: ignore placeholders.type-mismatch ")
    po = _catalog(tmp_path, f"# {hint}\n" + entry.format(mt="%d Bytes kopiert: %s"))
    assert _rules(po) == []
    changed = _catalog(tmp_path, f"# {hint}\n" + entry.format(mt="%d Bytes kopiert nach %s"))
    assert ("Copied %s: %d bytes", "placeholders.type-mismatch", "critical") in _rules(changed)


def test_a_folder_of_catalogs_in_three_languages_is_one_run(tmp_path: Path) -> None:
    """Each catalog is read in its own language (from the path where the header has none) and
    each one's errors come out under its own file."""
    for lang, mt in (("de", "Gespeichert"), ("fr", "Enregistré %s"), ("mk", "Зачувано")):
        folder = tmp_path / "locale" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "app.po").write_text(
            f'#, c-format\nmsgid "Saved %s"\nmsgstr "{mt}"\n', encoding="utf-8"
        )
    result = CliRunner().invoke(
        main, ["check", str(tmp_path / "locale"), "--engine", "none", "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["summary"]["tgt_lang"] == "de,fr,mk"
    flagged = {
        Path(s["doc_id"]).parts[-3]: [f["rule"] for f in s["findings"]] for s in report["segments"]
    }
    assert flagged == {"de": ["placeholders.missing"], "fr": [], "mk": ["placeholders.missing"]}


def test_icu_plural_and_select_arguments_are_checked_branch_by_branch(tmp_path: Path) -> None:
    """Russian plurals have branches English lacks (fine), but never lose "other" or a
    variable every source branch prints; a select keeps the source's branches."""
    source = {
        "files": "{count, plural, one {{user} has # file} other {{user} has # files}}",
        "pronoun": "{gender, select, female {She} male {He} other {They}} replied",
        "ok": "{count, plural, one {# file} other {# files}}",
    }
    translated = {
        "files": "{count, plural, one {{user} имеет # файл} few {# файла}}",
        "pronoun": "{gender, select, female {Она} other {Они}} ответили",
        "ok": "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
    }
    en, ru = tmp_path / "en.json", tmp_path / "ru.json"
    en.write_text(json.dumps(source), encoding="utf-8")
    ru.write_text(json.dumps(translated, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["check", "--source", str(en), "--mt", str(ru), "--src-lang", "en", "--tgt-lang", "ru",
         "--engine", "none", "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    found = {
        s["id"]: sorted(f["message"] for f in s["findings"] if f["severity"] != "minor")
        for s in json.loads(result.stdout)["segments"]
    }
    assert found == {
        "files": [
            "branch 'few' of {count} lacks {user}",
            "the plural {count} has no 'other' branch",
        ],
        "pronoun": ["{gender} selects female, other where the source selects female, male, other"],
        "ok": [],
    }


def test_code_kept_in_a_cyrillic_string_is_no_finding_at_all(tmp_path: Path) -> None:
    """Options, single-letter flags, units and escapes stay Latin in a Russian catalog: no
    note even, so that code-scanning annotations are not thousands of them; English prose left
    in the string is still a note."""
    po = tmp_path / "ru.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n'
        'msgid "  --check-order   check that the input is sorted\\n"\n'
        'msgstr "  --check-order   проверить, что ввод отсортирован\\n"\n\n'
        'msgid "use -o or -c, sizes in KB"\nmsgstr "используйте -o или -c, размеры в KB"\n\n'
        'msgid "Cannot open file: permission denied"\n'
        'msgstr "Не удаётся открыть файл: permission denied"\n',
        encoding="utf-8",
    )
    found = _rules(po)
    assert [(u[:14], r, s) for u, r, s in found] == [
        ("Cannot open fi", "untranslated.foreign-script", "minor")
    ]


def test_a_plural_forms_header_that_is_no_expression_is_refused_with_its_line(
    tmp_path: Path,
) -> None:
    """The header is parsed, never run: a division by zero or a call is a malformed catalog."""
    for expression in ("n%0", '__import__(\\"os\\")'):
        po = tmp_path / "de.po"
        po.write_text(
            'msgid ""\nmsgstr ""\n"Language: de\\n"\n'
            f'"Plural-Forms: nplurals=2; plural={expression};\\n"\n\nmsgid "x"\nmsgstr "y"\n',
            encoding="utf-8",
        )
        result = CliRunner().invoke(main, ["check", str(po), "--engine", "none"])
        assert result.exit_code == 2
        assert f"{po}:4: malformed Plural-Forms header" in result.stderr


def test_a_printf_argument_inside_a_tag_is_still_an_argument(tmp_path: Path) -> None:
    """ "<a href="%s">%s</a>" reads two arguments; a translation that keeps the link and
    drops its text has lost one, and the catalog is still checked."""
    po = _catalog(
        tmp_path,
        '#, c-format\nmsgid "See the <a href=\\"%s\\">%s</a> for details."\n'
        'msgstr "Siehe <a href=\\"%s\\">hier</a>."\n',
    )
    result = CliRunner().invoke(main, ["check", str(po), "--format", "json", "-q"])
    assert result.exit_code == 1, result.output
    found = [(f["rule"], f["severity"]) for s in json.loads(result.stdout)["segments"]
             for f in s["findings"]]  # fmt: skip
    assert ("placeholders.missing", "critical") in found


def test_a_copied_menu_label_with_its_accelerator_is_a_copy(tmp_path: Path) -> None:
    """ "C_ollate" is the word "Collate" with its accelerator mark; "KP_Down" is a key's name."""
    po = _catalog(
        tmp_path,
        'msgid "C_ollate"\nmsgstr "C_ollate"\n\n'
        'msgid "Pri_ority:"\nmsgstr "Pri_ority:"\n\n'
        'msgid "KP_Down"\nmsgstr "KP_Down"\n',
    )
    assert _not_minor(po) == [
        ("C_ollate", "untranslated.copied-source"),
        ("Pri_ority:", "untranslated.copied-source"),
    ]


def test_an_example_the_translator_wrote_for_the_locale_is_no_changed_number(
    tmp_path: Path,
) -> None:
    """ "e.g., 12/31/99" written "z. B. 18.11.2005" is the German way of the example; one
    value changed in an example the translation otherwise keeps is a changed number."""
    po = _catalog(
        tmp_path,
        'msgid "  %x   locale\'s date representation (e.g., 12/31/99)"\n'
        'msgstr "  %x   Datumsrepräsentation der Lokale (z.\u00a0B. 18.11.2005)"\n\n'
        'msgid "Specify one or more page ranges, e.g. 1-3, 7, 11"\n'
        'msgstr "Geben Sie einen oder mehrere Seitenbereiche an, z. B. 1-3, 8, 11"\n\n'
        'msgid "Specify the time of print, e.g. 15\u223630, 4 pm"\n'
        'msgstr "Geben Sie die Druckzeit an, z. B. 15\u223630, 16\u223600"\n',
    )
    found = _rules(po)
    majors = [(u[:20], r) for u, r, s in found if s != "minor"]
    assert majors == [("Specify one or more ", "numbers.changed.number")], found
    assert any(r == "numbers.in-example" for u, r, s in found if u.startswith("  %x")), found


def test_a_version_glued_to_its_protocol_is_the_same_version(tmp_path: Path) -> None:
    po = _catalog(
        tmp_path,
        'msgid "Your OpenSSL version is too old to support TLS 1.3"\n'
        'msgstr "Ihre OpenSSL-Version ist zu alt, um TLSv1.3 zu unterstützen"\n\n'
        'msgid "Your GnuTLS version is too old to support TLS 1.3"\n'
        'msgstr "Ihre GnuTLS-Version ist zu alt, um TLSv1.2 zu unterstützen"\n\n'
        'msgid "Archive contains obsolescent base-64 headers"\n'
        'msgstr "Das Archiv enthält veraltete Base 65-Kopfzeilen"\n',
    )
    found = _rules(po)
    assert [(u[:20], r) for u, r, s in found if s != "minor"] == [
        ("Your GnuTLS version ", "numbers.changed.in-code"),
        ("Archive contains obs", "numbers.changed.in-code"),
    ], found


def test_a_copied_label_whose_word_is_also_a_name_is_a_copy(tmp_path: Path) -> None:
    """ "_Green:" is a control's label, its word the colour the catalog translates
    everywhere else; "Mark Kettenis" is an author and "Green" alone may be a name."""
    po = _catalog(
        tmp_path,
        'msgid "_Green:"\nmsgstr "_Green:"\n\n'
        'msgid "Green"\nmsgstr "Green"\n\n'
        'msgid "Mark Kettenis"\nmsgstr "Mark Kettenis"\n\n'
        'msgid "Green channel"\nmsgstr "Grünkanal"\n\n'
        'msgid "Green value"\nmsgstr "Grünwert"\n\n'
        'msgid "Mark all"\nmsgstr "Alle markieren"\n\n'
        'msgid "Mark as read"\nmsgstr "Als gelesen markieren"\n',
    )
    found = _rules(po)
    assert [(u, r) for u, r, s in found if s != "minor"] == [
        ("_Green:", "untranslated.copied-source")
    ], found


def test_a_translation_into_a_language_without_articles_owes_no_length_for_them(
    tmp_path: Path,
) -> None:
    """Czech writes no articles: "Soubor nelze smazat" is all of "The file could not be
    deleted"; a translation that stops at "protože" (because) is still cut short."""
    po = _catalog(
        tmp_path,
        'msgid ""\nmsgstr ""\n"Language: cs\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "The folder contents could not be displayed"\n'
        'msgstr "Obsah složky nelze zobrazit"\n\n'
        'msgid "The file could not be deleted"\nmsgstr "Soubor nelze smazat"\n\n'
        'msgid "The folder could not be created"\nmsgstr "Složku nelze vytvořit"\n\n'
        'msgid "The archive could not be opened because the disk is full"\n'
        'msgstr "Archiv nelze otevřít, protože"\n',
        name="cs.po",
        header=False,
    )
    found = _rules(po)
    assert [(u[:20], r) for u, r, s in found if s != "minor"] == [
        ("The archive could no", "truncation.truncated")
    ], found


def test_a_term_written_with_a_percent_sign_is_text_where_no_flag_says_format(
    tmp_path: Path,
) -> None:
    """ "%-encoding" (percent-encoding) reads as printf's "%-e" only where the entry says it is
    a format: a catalog turned back from a .mo file has no flags, and there the word tells the
    term from a directive. A real directive lost beside it still fails."""
    entries = (
        'msgid "Invalid %-encoding in URI"\nmsgstr "Ungültige %-Kodierung in der URI"\n\n'
        # (A translator who kept the term's first letters as if they were a directive.)
        'msgid "No %-encoding in URI"\nmsgstr "Keine Kodierung %-e in der URI"\n\n'
        'msgid "Invalid %-encoding in %s"\nmsgstr "Ungültige %-Kodierung"\n\n'
        'msgid "Width %-5d done"\nmsgstr "Breite fertig"\n\n'
        '#, c-format\nmsgid "Bad %-encoding"\nmsgstr "Falsche %-Kodierung"\n'
    )
    result = CliRunner().invoke(
        main, ["check", str(_catalog(tmp_path, entries)), "--engine", "none", "--format", "json"]
    )
    lost = {
        (s["id"], f["evidence"]["placeholder"])
        for s in json.loads(result.stdout)["segments"]
        for f in s["findings"]
        if f["rule"] == "placeholders.missing"
    }
    assert lost == {
        ("Invalid %-encoding in %s", "%s"),
        ("Width %-5d done", "%-5d"),
        # (Flagged c-format: printf reads "%-e" there, and so must the translation.)
        ("Bad %-encoding", "%-e"),
    }, result.output


def test_a_copy_in_a_context_the_catalog_keeps_as_it_is_is_its_habit(tmp_path: Path) -> None:
    """GTK's paper sizes ("Executive", "Quarto") are kept by most catalogs: where a catalog
    keeps most strings of a context as they are, a copy there is no slip by the spelling
    lists alone. A place the target names otherwise is still one ("Lithuania", "Litauen"),
    and the same copy with no such context is still found."""
    po = _catalog(
        tmp_path,
        'msgctxt "paper size"\nmsgid "Executive"\nmsgstr "Executive"\n\n'
        'msgctxt "paper size"\nmsgid "Quarto"\nmsgstr "Quarto"\n\n'
        'msgctxt "paper size"\nmsgid "Folio"\nmsgstr "Folio"\n\n'
        'msgctxt "paper size"\nmsgid "Index Card"\nmsgstr "Karteikarte"\n\n'
        'msgctxt "country"\nmsgid "Costa Rica"\nmsgstr "Costa Rica"\n\n'
        'msgctxt "country"\nmsgid "Sierra Leone"\nmsgstr "Sierra Leone"\n\n'
        'msgctxt "country"\nmsgid "Lithuania"\nmsgstr "Lithuania"\n',
    )
    assert _not_minor(po) == [("country\x04Lithuania", "untranslated.copied-source")]
    alone = _catalog(tmp_path, 'msgid "Executive"\nmsgstr "Executive"\n', name="alone.po")
    assert _not_minor(alone) == [("Executive", "untranslated.copied-source")]
    # (Scripts' names that German writes the same, "Hangul", "Bopomofo", are no habit of
    # keeping English: "Cuneiform" is "Keilschrift".)
    scripts = _catalog(
        tmp_path,
        'msgctxt "Script"\nmsgid "Hangul"\nmsgstr "Hangul"\n\n'
        'msgctxt "Script"\nmsgid "Bopomofo"\nmsgstr "Bopomofo"\n\n'
        'msgctxt "Script"\nmsgid "Cuneiform"\nmsgstr "Cuneiform"\n',
        name="scripts.po",
    )
    assert _not_minor(scripts) == [("Script\x04Cuneiform", "untranslated.copied-source")]


def test_a_loanword_the_target_list_has_is_english_where_its_texts_hardly_use_it(
    tmp_path: Path,
) -> None:
    """The Polish spelling list carries English loanwords in every form: "Sleep" and "Return"
    left in a Polish catalog read as Polish to it. Polish texts use "sleep" about 70 times
    less often than English ones, and "status" and "system" about as often: those are
    Polish words too."""
    po = _catalog(
        tmp_path,
        'msgid "Sleep"\nmsgstr "Sleep"\n\n'
        'msgid "Return"\nmsgstr "Return"\n\n'
        'msgid "Status"\nmsgstr "Status"\n\n'
        'msgid "System"\nmsgstr "System"\n',
        name="pl.po",
        lang="pl",
    )
    assert _not_minor(po) == [
        ("Sleep", "untranslated.copied-source"),
        ("Return", "untranslated.copied-source"),
    ]


def test_with_no_spelling_list_word_use_tells_an_english_copy(tmp_path: Path) -> None:
    """Finnish has no spelling list here: one English word left in a Finnish catalog is a
    copy where Finnish texts hardly use it ("Restore" for "Palauta", "Question" for
    "Kysymys"); "Status" and "Internet", which they use about as much as English texts
    do, are Finnish too."""
    po = _catalog(
        tmp_path,
        'msgid "Restore"\nmsgstr "Restore"\n\n'
        'msgid "Question"\nmsgstr "Question"\n\n'
        'msgid "Status"\nmsgstr "Status"\n\n'
        'msgid "Internet"\nmsgstr "Internet"\n',
        name="fi.po",
        lang="fi",
    )
    assert _not_minor(po) == [
        ("Restore", "untranslated.copied-source"),
        ("Question", "untranslated.copied-source"),
    ]


def test_a_copied_key_legend_is_worth_a_look_where_the_catalog_keeps_legends(
    tmp_path: Path,
) -> None:
    """Swedish keyboards print "Home" and "Shift", German ones "Pos1" and "Entf". A copied key
    legend where the catalog keeps most other legends of its context is the locale's own
    and reported as minor; where it translates them ("Ende", "Einfg") it is a slip. A copy
    there that is no legend, and the menu item "_Print", stay major."""
    keeps = _catalog(
        tmp_path,
        'msgctxt "keyboard label"\nmsgid "Home"\nmsgstr "Home"\n\n'
        'msgctxt "keyboard label"\nmsgid "Shift"\nmsgstr "Shift"\n\n'
        'msgctxt "keyboard label"\nmsgid "End"\nmsgstr "End"\n\n'
        'msgctxt "keyboard label"\nmsgid "Insert"\nmsgstr "Insert"\n\n'
        'msgctxt "keyboard label"\nmsgid "Tab"\nmsgstr "Tabulator"\n\n'
        'msgctxt "keyboard label"\nmsgid "Calculator"\nmsgstr "Calculator"\n\n'
        'msgctxt "keyboard label"\nmsgid "Left"\nmsgstr "Vänster"\n\n'
        'msgctxt "keyboard label"\nmsgid "Right"\nmsgstr "Höger"\n\n'
        'msgctxt "keyboard label"\nmsgid "Mail"\nmsgstr "E-post"\n\n'
        'msgctxt "keyboard label"\nmsgid "Down"\nmsgstr "Ned"\n\n'
        'msgctxt "keyboard label"\nmsgid "Back"\nmsgstr "Bakåt"\n\n'
        'msgctxt "keyboard label"\nmsgid "Forward"\nmsgstr "Framåt"\n\n'
        'msgctxt "keyboard label"\nmsgid "Eject"\nmsgstr "Mata ut"\n\n'
        'msgid "_Print"\nmsgstr "_Print"\n\n'
        'msgid "Home folder"\nmsgstr "Hemmapp"\n\n'
        'msgid "Go to the home folder"\nmsgstr "Gå till hemmappen"\n',
        name="sv.po",
        lang="sv",
    )
    assert sorted((u, s) for u, r, s in _rules(keeps) if r == "untranslated.copied-source") == [
        ("_Print", "major"),
        ("keyboard label\x04Calculator", "major"),
        ("keyboard label\x04End", "minor"),
        ("keyboard label\x04Home", "minor"),
        ("keyboard label\x04Insert", "minor"),
        ("keyboard label\x04Shift", "minor"),
    ]
    translates = _catalog(
        tmp_path,
        'msgctxt "keyboard label"\nmsgid "Home"\nmsgstr "Home"\n\n'
        'msgctxt "keyboard label"\nmsgid "End"\nmsgstr "Ende"\n\n'
        'msgctxt "keyboard label"\nmsgid "Insert"\nmsgstr "Einfg"\n\n'
        'msgctxt "keyboard label"\nmsgid "Delete"\nmsgstr "Entf"\n\n'
        'msgctxt "keyboard label"\nmsgid "Escape"\nmsgstr "Esc"\n\n'
        'msgid "Home folder"\nmsgstr "Persönlicher Ordner"\n\n'
        'msgid "Go to the home folder"\nmsgstr "Zum persönlichen Ordner gehen"\n',
        name="de-keys.po",
    )
    assert [(u, s) for u, r, s in _rules(translates) if r == "untranslated.copied-source"] == [
        ("keyboard label\x04Home", "major")
    ]


def test_synopses_constants_and_code_are_the_catalogs_habit_not_the_lists(
    tmp_path: Path,
) -> None:
    """A command's synopsis ("let arg [arg ...]"), a C constant ("NULL", which the catalog
    keeps, though it writes the word "null" as "leer") and an expression
    ("storage[psi].bucket_next") are copied on purpose. A synopsis whose words the catalog
    translates elsewhere ("mode", "Modus") is still a copy."""
    po = _catalog(
        tmp_path,
        'msgid "let arg [arg ...]"\nmsgstr "let arg [arg ...]"\n\n'
        'msgid "umask [-p] [-S] [mode]"\nmsgstr "umask [-p] [-S] [mode]"\n\n'
        'msgid "progcomp_insert: %s: NULL COMPSPEC"\n'
        'msgstr "progcomp_insert: %s: NULL COMPSPEC"\n\n'
        'msgid "xtrace_set: NULL file pointer"\nmsgstr "xtrace_set: NULL-Dateizeiger"\n\n'
        'msgid "%s: parameter null or not set"\nmsgstr "%s: Parameter leer oder nicht gesetzt"\n\n'
        'msgid "null directory"\nmsgstr "leeres Verzeichnis"\n\n'
        'msgid "bgp_delete: psi (%d) == storage[psi].bucket_next"\n'
        'msgstr "bgp_delete: psi (%d) == storage[psi].bucket_next"\n\n'
        'msgid "invalid mode"\nmsgstr "ungültiger Modus"\n\n'
        'msgid "mode not set"\nmsgstr "Modus nicht gesetzt"\n',
    )
    assert _not_minor(po) == [("umask [-p] [-S] [mode]", "untranslated.copied-source")]


def test_a_place_is_named_otherwise_only_by_its_own_name(tmp_path: Path) -> None:
    """A word that only sounds like a place ("Citi" of the script "Warang Citi", like Chita)
    is no place, and "Congo", which Spanish writes in "República Democrática del Congo", is
    the target's own; "Lithuania" ("Lituania") is still a copy."""
    po = _catalog(
        tmp_path,
        'msgctxt "Script"\nmsgid "Warang Citi"\nmsgstr "Warang Citi"\n\n'
        'msgid "Congo"\nmsgstr "Congo"\n\n'
        'msgid "Lithuania"\nmsgstr "Lithuania"\n',
        name="es.po",
        lang="es",
    )
    assert _not_minor(po) == [("Lithuania", "untranslated.copied-source")]


def test_a_catalog_that_keeps_its_product_names_keeps_them_on_purpose(tmp_path: Path) -> None:
    """Keyboard models and authors ("Toshiba Satellite S3000", "Paul Eggert"): where a catalog
    keeps most strings shaped like a product's or a person's name as they are, a copied one is
    its habit, even where a word of it is translated elsewhere ("Keyboard", "Tastatur"). A
    catalog that translates such strings ("Microsoft Office-Tastatur") still fails the copy."""
    models = [
        "Toshiba Satellite S3000",
        "Hewlett-Packard Pavilion ZT1100",
        "Logitech Cordless Desktop 7000",
        "Genius Comfy KB-16M",
    ]
    kept = "".join(f'msgid "{m}"\nmsgstr "{m}"\n\n' for m in models)
    tastatur = (
        'msgid "Keyboard"\nmsgstr "Tastatur"\n\n'
        'msgid "Keyboard layout"\nmsgstr "Tastaturbelegung"\n\n'
    )
    copied = 'msgid "Microsoft Office Keyboard"\nmsgstr "Microsoft Office Keyboard"\n'
    keeps = _catalog(tmp_path, kept + tastatur + copied)
    assert _not_minor(keeps) == []
    translated = "".join(f'msgid "{m}"\nmsgstr "{m} (Tastatur)"\n\n' for m in models)
    translates = _catalog(tmp_path, translated + tastatur + copied, name="translates.po")
    assert _not_minor(translates) == [("Microsoft Office Keyboard", "untranslated.copied-source")]


def test_a_synopsis_keeps_its_commands_in_any_language(tmp_path: Path) -> None:
    """git's synopses: the command and its subcommands ("git notes merge") are code, and a
    translated synopsis that keeps them ("git rerere [clear | forget <Pfad>...]") is no English
    sentence. A copy of a synopsis whose metavariables the catalog translates elsewhere is
    still a copy; an English sentence left in a translation still is one."""
    po = _catalog(
        tmp_path,
        'msgid "git notes merge --abort [-v | -q]"\n'
        'msgstr "git notes merge --abort [-v | -q]"\n\n'
        'msgid "git rerere [clear | forget <pathspec>... | diff | status | gc]"\n'
        'msgstr "git rerere [clear | forget <Pfadspezifikation>... | diff | status | gc]"\n\n'
        'msgid "merge the branches"\nmsgstr "die Branches zusammenführen"\n\n'
        'msgid "could not merge"\nmsgstr "konnte nicht zusammenführen"\n\n'
        'msgid "git fetch [<options>] [<repository>]"\n'
        'msgstr "git fetch [<options>] [<repository>]"\n\n'
        'msgid "<repository> not found"\nmsgstr "<Repository> nicht gefunden"\n\n'
        'msgid "unknown repository"\nmsgstr "unbekanntes Repository"\n\n'
        'msgid "invalid options"\nmsgstr "ungültige Optionen"\n\n'
        'msgid "no options given"\nmsgstr "keine Optionen angegeben"\n\n'
        'msgid "The branch could not be found in the remote repository."\n'
        'msgstr "The branch could not be found in the remote repository."\n',
    )
    assert _not_minor(po) == [
        ("git fetch [<options>] [<repository>]", "untranslated.copied-source"),
        (
            "The branch could not be found in the remote repository.",
            "untranslated.copied-source",
        ),
    ]


def test_a_slashed_pair_is_two_numbers_where_the_translation_writes_them_so(
    tmp_path: Path,
) -> None:
    """A slash in "Sun Type 6/7" makes a model, not six sevenths: written "6/17" or "6/9" in the
    translation, its 7 has changed. A number in digits pairs with one in digits before a
    number word: "5 dashes" written "15 guiones" beside "dos puntos" (a colon) is a changed
    5. "6/7" kept, and "1/3" written "un tercio", are no findings."""
    po = _catalog(
        tmp_path,
        'msgid "Slovak (Sun Type 6/7)"\nmsgstr "Eslovaco (Sun tipo 6/17)"\n\n'
        'msgid "Dutch (Sun Type 6/7)"\nmsgstr "Neerlandés (Sun tipo 6/9)"\n\n'
        'msgid "Swedish (Sun Type 6/7)"\nmsgstr "Sueco (Sun tipo 6/7)"\n\n'
        'msgid "a colon has been inserted before the 5 dashes below"\n'
        'msgstr "se han insertado dos puntos (:) antes de los 15 guiones debajo"\n\n'
        'msgid "About 1/3 of the files"\nmsgstr "Alrededor de un tercio de los archivos"\n',
        name="es.po",
        lang="es",
    )
    assert [(u, r, s) for u, r, s in _rules(po) if r.startswith("numbers")] == [
        ("Slovak (Sun Type 6/7)", "numbers.changed.number", "major"),
        ("Dutch (Sun Type 6/7)", "numbers.changed.number", "major"),
        ("a colon has been inserted before the 5 dashes below", "numbers.changed.number", "major"),
    ]


def test_short_codes_a_catalog_keeps_are_its_habit(tmp_path: Path) -> None:
    """xkeyboard-config labels its layouts with short codes ("haw", "sat", "en") and every
    catalog keeps them: a copied "sat" there is no English word left. Where the catalog
    translates its short strings ("yes", "ja"), a copied "sat" is still a copy."""
    codes = ["en", "de", "haw", "gag", "ka"]
    kept = "".join(f'msgid "{c}"\nmsgstr "{c}"\n\n' for c in codes)
    copied = 'msgid "sat"\nmsgstr "sat"\n'
    keeps = _catalog(tmp_path, kept + copied)
    assert _not_minor(keeps) == []
    words = 'msgid "yes"\nmsgstr "ja"\n\nmsgid "no"\nmsgstr "nein"\n\nmsgid "off"\nmsgstr "aus"\n\n'
    translates = _catalog(tmp_path, words + copied, name="words.po")
    assert _not_minor(translates) == [("sat", "untranslated.copied-source")]


def test_a_month_whose_number_is_spelled_out_is_that_month(tmp_path: Path) -> None:
    """Vietnamese calendars write a month as "tháng" and its number, in digits or in words
    ("tháng tư", April; "tháng mười hai", December; "tháng giêng", January): each is its
    month, and another month in its place is still a changed month."""
    po = _catalog(
        tmp_path,
        'msgid "April"\nmsgstr "Tháng tư"\n\n'
        'msgid "December"\nmsgstr "Tháng mười hai"\n\n'
        'msgid "January"\nmsgstr "Tháng giêng"\n\n'
        'msgid "October"\nmsgstr "Tháng mười một"\n',
        name="vi.po",
        lang="vi",
    )
    assert [unit for unit, rule in _not_minor(po) if rule.startswith("numbers.")] == ["October"]


def test_a_setting_the_translator_chooses_is_no_changed_number(tmp_path: Path) -> None:
    """GTK's "calendar:week_start:0" is the locale's first day of the week, set by the
    translator ("1" where the week starts on Monday): not text whose number must be kept.
    A digit changed in a paper size's name is still a changed number."""
    po = _catalog(
        tmp_path,
        'msgid "calendar:week_start:0"\nmsgstr "calendar:week_start:1"\n\n'
        'msgid "kaku3 Envelope"\nmsgstr "kaku2 Umschlag"\n',
    )
    assert [unit for unit, rule in _not_minor(po)] == ["kaku3 Envelope"]


def test_a_string_in_a_third_language_is_the_wrong_language(tmp_path: Path) -> None:
    """A French string pasted into a German catalog is no German translation; German words
    around a Portuguese name are German, and a Croatian catalog's string that reads as
    Bosnian or Serbian is one language identification cannot tell apart."""
    german = _catalog(
        tmp_path,
        'msgid "Could not open the file for reading"\n'
        'msgstr "Impossible d\'ouvrir le fichier en lecture"\n\n'
        'msgid "Democratic Republic of Sao Tome and Principe"\n'
        'msgstr "Demokratische Republik São Tomé und Príncipe"\n\n'
        'msgid "The file could not be saved to the disk"\n'
        'msgstr "Die Datei konnte nicht auf der Festplatte gespeichert werden"\n',
    )
    assert _not_minor(german) == [
        ("Could not open the file for reading", "untranslated.wrong-language")
    ]
    croatian = _catalog(
        tmp_path,
        'msgid "The file could not be opened for reading"\n'
        'msgstr "Datoteka ne može da se otvori za čitanje"\n\n'
        'msgid "The folder could not be created"\n'
        'msgstr "Mapu nije moguće stvoriti"\n',
        name="hr.po",
        lang="hr",
    )
    assert _not_minor(croatian) == []
