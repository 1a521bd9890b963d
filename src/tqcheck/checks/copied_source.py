"""A user-interface string whose translation is the source string itself.

Catalogs keep some strings as they are on purpose: names ("Costa Rica", "Randy Smith"),
codes, units, option lists, and words the target language shares with English ("Status",
"Filter", "file" in Italian). Three kinds of evidence make a copy a defect:
- the catalog itself: a word its other strings translate ("Icon" where every other string
  with "icon" says "Symbol") is a word this copy failed to translate, in any case;
- a place, a month, a weekday, a language or a script the target language names otherwise
  ("Lithuania", in German "Litauen"; "December", "Dezember"; "Wed", "Mi"; "Mongolian",
  Croatian "mongolski");
- the languages' word lists: an English word in the English spelling list (lower case there,
  and no name: "Miscellaneous", not "Randy") and not in the target's in any form, or, where
  the target is written in another script, any such word. Where the target has no word list,
  two such words are needed, so that one shared word alone never fails a catalog.
A word the catalog's other strings keep as it is counts against the copy being a defect.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import regex

from tqcheck.lang.calendar_names import calendar_names
from tqcheck.lang.display_names import display_names, name_key
from tqcheck.lang.names import ascii_fold, first_name_gender
from tqcheck.lang.places import gazetteer
from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.word_lists import WordList, word_list
from tqcheck.lang.word_usage import has_usage, used_more_in
from tqcheck.text.natural_words import natural_word_spans, natural_words
from tqcheck.text.placeholders import Syntax, blank_placeholders
from tqcheck.text.tokens import tokenize
from tqcheck.types import Segment

# Shorter words ("on", "de", "a") are shared by too many languages to prove anything.
MIN_WORD = 3
# Without a target word list, this many English words make a copy.
WORDS_WITHOUT_TARGET_LIST = 2
# A word is the catalog's to translate where its other strings with it (at least this many)
# keep it at most this often.
MIN_OTHER_UNITS = 2
MIN_OTHER_METAVARIABLE = 1
KEPT_AT_MOST = 0.34
# ... and keep it where they keep it at least this often; in between they say nothing.
KEPT_AT_LEAST = 0.66
# Zipf points (powers of ten) more often English texts use a word the target's list also has
# (or, where it has none, any word) for the word to be English.
ENGLISH_USAGE_GAP = 1.2
# A copy is the catalog's habit in a context where it keeps at least this share of the
# other strings as they are.
CONTEXT_KEPT_AT_LEAST = 0.5
# Letters a mention shares with the place's name where it is that name or its adjective.
_PLACE_OPENING = 4
# Other strings of a context that are keys' legends that make it a context of keys.
MIN_KEY_CONTEXT = 3
# Words this long count as kept inside a longer word of the translation, where the rest of
# it is this long (a compound's other word) or the target has the word too (a form of it).
MIN_PART = 4
MIN_COMPOUND_REST = 3
_TOKEN = regex.compile(r"\p{L}+")
# A word with one mark inside it ("C_ollate", "Pri_ority").
_ACCELERATED = regex.compile(r"(?<![\p{L}\d_])\p{L}+_\p{L}+(?![\p{L}\d_])")
# Strings that are wholly a language's, a script's or a country's name count as this word.
_NAME_STRING = "\x00name"
# Shapes of strings whose habit is counted as a context's: a product's or a person's name (a
# brand or a given name, then capitalised words, codes and numbers, at most MAX_NAME_WORDS
# words), and a short code in lower case, wholly the string ("haw", "sat": a layout's label).
_NAME_SHAPED = "\x00name-shaped"
_CODE_SHAPED = "\x00code-shaped"
_SHORT_CODE = regex.compile(r"\p{Ll}{2,3}")
MAX_NAME_WORDS = 6
_MODEL_CODE = regex.compile(r"\d{2,}|\p{L}\d|\d\p{L}")
_BRAND = regex.compile(r"\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*")
_NAME_PART = regex.compile(r"[(\[]?(?:\p{Lu}[\p{L}\d'’.+@-]*|\d[\w.+-]*|\p{Ll}{1,3}\d\w*)[)\],]?")
# A person's name in a string: a first name and up to three more words.
PERSON_NAME_WORDS = 4
_INITIAL = regex.compile(r"\p{Lu}\.")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*")
# A control's label: an accelerator mark before a letter ("_Green", "&Open") or a colon at
# its end ("Shell: ").
_LABEL = regex.compile(r"(?:^|(?<=[\s(]))[_&]\p{L}|\p{L}:\s*$")
# A font description (Pango's, fontconfig's): a generic family, styles and a size, "Sans 12",
# "Monospace Bold 10". A setting, not text: every catalog keeps it.
_FONT_DESCRIPTION = regex.compile(
    r"(?:Sans|Serif|Monospace|Mono|Cursive|Fantasy)(?: \p{Lu}\p{Ll}+){0,3} \d+(?:\.\d+)?"
)
# A copyright notice, one line with its year ("Copyright (C) 2022 Free Software Foundation,
# Inc.", "© 2009 Red Hat"): a legal line naming its holder, which catalogs keep as it is.
_COPYRIGHT_NOTICE = regex.compile(r"(?:Copyright|©)\s[^\n]*\b(?:19|20)\d\d\b[^\n]*")
_METAVARIABLE = regex.compile(r"(?<![\p{L}\d_])\p{Lu}{3,}(?![\p{L}\d_])")
# A command's synopsis ("let arg [arg ...]", "umask [-p] [-S] [mode]", "git repack
# [<options>]", "git cherry-pick (--continue | --skip)"): a command, then its arguments, and
# an option, a repeat or a metavariable in brackets. Its words are the syntax's and the
# placeholders': the catalog's habit decides them, not the spelling lists.
_SYNOPSIS = regex.compile(
    r"(?:[a-z][\w.-]*|\(\(|\[\[)(?:\s+\S+)*?\s+"
    r"(?:\[[^\]]*(?:-\w|\.\.\.|…|<[\w-]+>)|\([^)]*--\w)"
)
# An identifier of words joined by underscores or run together in camel case
# ("KP_Page_Down", "AudioLowerVolume"), and its words.
_IDENTIFIER = regex.compile(r"\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+|\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)+\d*")
_IDENTIFIER_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
# Where a synopsis's arguments begin, after its command and subcommands.
_SYNOPSIS_ARGUMENTS = regex.compile(r"\s[\[(<-]")


def _context(seg: Segment) -> str | None:
    """The string's gettext context (msgctxt), where it has one."""
    unit = str(seg.meta.get("unit_id", ""))
    return unit.split("\x04", 1)[0] if "\x04" in unit else None


def _normal(text: str) -> str:
    # (Case counts: German "Byte" for "byte" is its own noun, capitalised.)
    return " ".join(text.split())


def _words(seg: Segment, english: WordList) -> list[str]:
    syntax = Syntax.from_meta(seg.meta)
    text = without_accelerators(seg.source, english)
    if is_synopsis(text):
        # (A synopsis's command and subcommands are code: "git merge-base", "git notes merge".)
        opening = _SYNOPSIS_ARGUMENTS.search(text)
        text = text[opening.start() :] if opening else ""
    return [w for w in natural_words(text, syntax) if len(w) >= MIN_WORD]


def without_accelerators(text: str, words: WordList) -> str:
    """The text without its menu accelerator marks: "C_ollate" is "Collate", where the word
    without the mark is in the language's word list ("g_io" and "KP_Down" are code)."""
    if "_" not in text:
        return text

    def joined(m: regex.Match[str]) -> str:
        word = m.group().replace("_", "")
        return word if words.knows(word) else str(m.group())

    return str(_ACCELERATED.sub(joined, text))


def _metavariables(seg: Segment) -> list[str]:
    """Upper-case words ("PARAMETER", "FILE"): some catalogs translate them, some keep them,
    so only the catalog's own habit makes a copy of one a defect."""
    text = blank_placeholders(seg.source, Syntax.from_meta(seg.meta))
    return [str(w) for w in _METAVARIABLE.findall(text)]


@dataclass
class CatalogVocabulary:
    """How a catalog's translations treat each English word of its sources: in how many
    strings the word occurs (`seen`), and in how many the translation keeps it (`kept`)."""

    seen: Counter[str]
    kept: Counter[str]
    # The same by gettext context (msgctxt): how many strings have it, how many are copies
    # (names the target writes the same left out).
    context_seen: Counter[str]
    context_kept: Counter[str]
    # How many strings of each context are wholly a key's legend ("Home", "Shift"), and
    # how many of those the catalog keeps as they are.
    context_legends: Counter[str]
    context_legends_kept: Counter[str]
    legends: frozenset[str]
    # The sources shaped like a short code ("haw") or like a product's or a person's name
    # ("Toshiba Satellite S3000", "Paul Eggert"), by shape: the catalog's habit with each
    # shape is counted as a context's.
    shapes: dict[str, str]
    # Pairs of words running in the sources of the strings the catalog translated, and how
    # many of those translations keep the pair as it is.
    phrases_seen: Counter[str]
    phrases_kept: Counter[str]
    # How many strings of each context are wholly an identifier, and how many of those
    # the catalog keeps as they are.
    context_identifiers: Counter[str]
    context_identifiers_kept: Counter[str]

    @classmethod
    def of(
        cls, segments: list[Segment], src: LanguageProfile, tgt: LanguageProfile
    ) -> CatalogVocabulary:
        seen: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        context_seen: Counter[str] = Counter()
        context_kept: Counter[str] = Counter()
        context_legends: Counter[str] = Counter()
        context_legends_kept: Counter[str] = Counter()
        shapes: dict[str, str] = {}
        phrases_seen: Counter[str] = Counter()
        phrases_kept: Counter[str] = Counter()
        context_identifiers: Counter[str] = Counter()
        context_identifiers_kept: Counter[str] = Counter()
        names = display_names(src.code, tgt.code)
        english = word_list(src.code)
        shared = _SharedWords(word_list(tgt.code), tgt)
        for seg in segments:
            if not seg.mt.strip():
                continue
            if (context := _context(seg)) and not name_kept(seg.source, src, tgt):
                context_seen[context] += 1
                context_kept[context] += _normal(seg.mt) == _normal(seg.source)
                if _normal(seg.source) in src.key_legends:
                    context_legends[context] += 1
                    context_legends_kept[context] += _normal(seg.mt) == _normal(seg.source)
                if _identifier(seg, english):
                    context_identifiers[context] += 1
                    context_identifiers_kept[context] += _normal(seg.mt) == _normal(seg.source)
            if shape := _shape(seg.source, english, src, tgt):
                shapes[_normal(seg.source)] = shape
                context_seen[shape] += 1
                context_kept[shape] += _normal(seg.mt) == _normal(seg.source)
            if name_key(seg.source) in names and not name_kept(seg.source, src, tgt):
                # (Some catalogs keep every script's English name: "Batak", "Tangut". Names
                # the target language writes the same, "Thai", "Sierra Leone", say nothing of
                # that habit: keeping them is translating them.)
                seen[_NAME_STRING] += 1
                kept[_NAME_STRING] += _normal(seg.mt) == _normal(seg.source)
            constants = set(_metavariables(seg))
            words = {w.lower() for w in (*_words(seg, english), *constants)}
            mt = seg.mt.lower().replace("_", "")
            tokens = set(_TOKEN.findall(mt))
            seen.update(words)
            kept.update(w for w in words if _kept_in(w, tokens, shared))
            # (Two words running in the source count as a phrase: a term a catalog keeps
            # where it translates its words alone, Italian "standard error" beside "errore".
            # Only strings it translated say so: copies of several strings of one feature,
            # "File System" and "File System Root", say nothing of its habit.)
            if _normal(seg.mt) != _normal(seg.source):
                syntax = Syntax.from_meta(seg.meta)
                phrases = _phrases(seg.source, syntax)
                phrases_seen.update(phrases)
                phrases_kept.update(phrases & _phrases(seg.mt, syntax))
            # (And upper-case words in their own case: C's "NULL", kept in "NULL-filpekare",
            # is not the word "null" that Swedish writes "tom".)
            seen.update(constants)
            written = set(_TOKEN.findall(seg.mt.replace("_", "")))
            kept.update(w for w in constants if w in written)
        return cls(
            seen,
            kept,
            context_seen,
            context_kept,
            context_legends,
            context_legends_kept,
            src.key_legends,
            shapes,
            phrases_seen,
            phrases_kept,
            context_identifiers,
            context_identifiers_kept,
        )

    def translates_identifiers(self, seg: Segment) -> bool:
        """Whether the catalog translates nearly all other strings of the string's context
        that are wholly an identifier, as GTK's "keyboard label" "KP_Page_Down" is in most
        languages ("KP_Bild_ab"): there the identifier's words are words to translate. Many
        catalogs keep most of them (Danish, Finnish, Ukrainian), and say nothing so. Asked
        of a copy, so the string itself is one of the kept ones counted."""
        context = _context(seg)
        if context is None:
            return False
        others = self.context_identifiers[context] - 1
        kept = self.context_identifiers_kept[context] - 1
        return others >= MIN_KEY_CONTEXT and kept <= KEPT_AT_MOST * others

    def names_a_key(self, seg: Segment) -> bool:
        """Whether the string is wholly a key's legend ("Home", "Shift", not the menu item
        "_Print") in a context of keys' legends (GTK's "keyboard label") whose other legends
        the catalog mostly keeps as they are: many locales' keyboards print them so (Swedish,
        Russian), others their own (German "Pos1", Italian "Canc"). Asked of a copy."""
        context = _context(seg)
        if context is None or _normal(seg.source) not in self.legends:
            return False
        others = self.context_legends[context] - 1
        kept = self.context_legends_kept[context] - 1
        return others >= MIN_KEY_CONTEXT and kept >= KEPT_AT_LEAST * others

    def keeps_context(self, seg: Segment) -> bool:
        """Whether the catalog keeps most other strings of the string's context as they are
        (GTK's "paper size": "A4 Extra", "Tabloid", "Folio"; its font features, or its
        scripts' names): there a copy is the catalog's habit, not a slip, unless surer
        evidence than the spelling lists says so (a word it translates elsewhere, a place
        the target names otherwise). Names the target language writes the same ("Hangul",
        "Costa Rica") are left out of the count: keeping them is translating them. Asked of a
        copy that is no such name, so the string itself is one of the kept ones counted.
        Strings shaped like a name of a product or a person count as one context: keyboard
        models ("Microsoft Natural Ergonomic 4000") and authors ("Paul Eggert") are kept by
        most catalogs, and the few they translate say nothing of the rest; so do strings that
        are wholly a short code in lower case (keyboard layouts' labels: "haw", "sat")."""
        context = _context(seg)
        shape = self.shapes.get(_normal(seg.source))
        return any(group is not None and self._keeps(group) for group in (context, shape))

    def keeps_names(self, seg: Segment) -> bool:
        """Whether the string is shaped like a name and the catalog keeps most such strings
        as they are: then even a capitalised word it translates elsewhere is the name's
        ("Keyboard" of "Microsoft Office Keyboard", where "keyboard" is "Tastatur")."""
        return self.shapes.get(_normal(seg.source)) == _NAME_SHAPED and self._keeps(_NAME_SHAPED)

    def _keeps(self, group: str) -> bool:
        others = self.context_seen[group] - 1
        return (
            others >= MIN_OTHER_UNITS
            and self.context_kept[group] - 1 >= CONTEXT_KEPT_AT_LEAST * others
        )

    def kept_phrase_words(self, seg: Segment) -> set[str]:
        """The words (lower case) of the text's two-word phrases that the strings the
        catalog translated keep, most of them and at least MIN_OTHER_UNITS ("standard
        error", "home page"): terms of the trade that the target language writes in English,
        though it translates the words alone."""
        return {
            word
            for phrase in _phrases(seg.source, Syntax.from_meta(seg.meta))
            if self.phrases_kept[phrase] >= MIN_OTHER_UNITS
            and self.phrases_kept[phrase] >= KEPT_AT_LEAST * self.phrases_seen[phrase]
            for word in phrase.split(" ")
        }

    def translates(self, word: str, min_others: int = MIN_OTHER_UNITS) -> bool | None:
        """Whether the catalog's other strings translate the word (True) or keep it (False),
        where they say either clearly (the copy itself keeps it, and is left out)."""
        return self._translates(word.lower(), min_others)

    def translates_constant(self, word: str) -> bool:
        """Whether the catalog's other strings translate an upper-case word ("COMMAND"),
        counted in any case, unless those in its own case keep it."""
        return bool(
            self._translates(word.lower(), MIN_OTHER_METAVARIABLE)
            and self._translates(word, MIN_OTHER_METAVARIABLE) is not False
        )

    def _translates(self, key: str, min_others: int) -> bool | None:
        others = self.seen[key] - 1
        if others < min_others:
            return None
        share = (self.kept[key] - 1) / others
        if share <= KEPT_AT_MOST:
            return True
        return False if share >= KEPT_AT_LEAST else None


class _SharedWords:
    """Whether the target language's list has an English word as its own (German "Name"):
    then a longer word of a translation that begins or ends with it is its form ("Namen")."""

    def __init__(self, target: WordList, tgt: LanguageProfile) -> None:
        self._target, self._tgt = target, tgt
        self._known: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        if not self._target:
            return True  # (Without a list, any longer word may be a form of it.)
        if word not in self._known:
            # (A language that capitalises its nouns lists them so: German "Information".)
            self._known[word] = any(
                self._target.knows_word(form, self._tgt) for form in (word, word.capitalize())
            )
        return self._known[word]


def _phrases(text: str, syntax: Syntax) -> set[str]:
    """The pairs of words that run in a text's prose, lower case, each as "first second":
    only a space between them, and neither in code ("--regex-type" is an option's name)."""
    spans = natural_word_spans(text, syntax)
    return {
        f"{a.lower()} {b.lower()}"
        for (a, at), (b, bt) in pairwise(spans)
        if not text[at + len(a) : bt].strip()
    }


def _kept_in(word: str, tokens: set[str], shared: _SharedWords) -> bool:
    """Whether a translation's words keep an English word (lower case): as a word, inside a
    compound (German "Dateiname" keeps "name": the rest is a word of its own), or in a form
    of it where the target has the word too ("Namen"). French "texte" and "contexte" are
    that language's own words, not "text" and "context" kept."""
    if word in tokens:
        return True
    if len(word) < MIN_PART:
        return False
    longer = [t for t in tokens if word in t]
    return any(len(t) - len(word) >= MIN_COMPOUND_REST for t in longer) or (
        bool(longer) and shared(word)
    )


def copied_source_words(
    seg: Segment, src: LanguageProfile, tgt: LanguageProfile, vocabulary: CatalogVocabulary
) -> list[str]:
    """The source's words that make the translation a defective copy of it, or none where
    it is no copy or a copy the target language may keep."""
    english = word_list(src.code)
    if (
        _normal(seg.mt) != _normal(seg.source)
        or _FONT_DESCRIPTION.fullmatch(seg.source.strip())
        or _COPYRIGHT_NOTICE.fullmatch(seg.source.strip())
        or name_kept(seg.source, src, tgt)
        or (tgt.script == src.script and _person_name(seg.source, src, tgt, english))
    ):
        return []
    target = word_list(tgt.code)
    other_script = tgt.script != src.script
    words = _words(seg, english)
    # (An identifier's words name no person: "Page" of "KP_Page_Up" is the page.)
    identifier = _identifier(seg, english) and vocabulary.translates_identifiers(seg)
    if identifier:
        words = [w for w in _IDENTIFIER_PART.findall(seg.source) if len(w) >= MIN_WORD]
    telling = _places_named_otherwise(seg.source, src, tgt)
    telling += _calendar_named_otherwise(words, src, tgt)
    if vocabulary.translates(_NAME_STRING) is not False:
        telling += _display_name_otherwise(seg.source, src, tgt)
    # (One other string that translates "COMMAND" says the catalog translates metavariables.)
    telling += [w for w in _metavariables(seg) if vocabulary.translates_constant(w)]
    sure = bool(telling)
    # (A control's label, "_Green:" or "Shell: ", names no person: its words that are also
    # names, "Green", are the common words.)
    label = bool(_LABEL.search(seg.source))
    # (The spelling lists are weaker evidence than the catalog's own habit.)
    lists_count = not vocabulary.keeps_context(seg) and not is_synopsis(seg.source)
    kept_name = vocabulary.keeps_names(seg)
    in_kept_phrase = vocabulary.kept_phrase_words(seg)
    for word in words:
        if word.lower() in in_kept_phrase:
            continue
        name = not identifier and english.is_name(word) and not (label and english.is_common(word))
        # (The catalog's word for a person is no evidence: "Mark" is translated elsewhere.)
        of_name = name or (kept_name and not word.islower())
        translated = None if of_name else vocabulary.translates(word)
        if translated is not None:
            sure |= translated
            if translated:
                telling.append(word)
            continue
        common = english.is_common(word) or english.joins_two_words(word)
        if not (word.islower() or (not name and common)):
            continue
        if lists_count and _is_english(word, english, other_script, target, (src, tgt)):
            telling.append(word)
    # (Word use is a target list's evidence too.)
    needed = 1 if sure or other_script or target or has_usage(tgt) else WORDS_WITHOUT_TARGET_LIST
    return telling if len(telling) >= needed else []


def _identifier(seg: Segment, english: WordList) -> bool:
    """Whether the string is wholly an identifier (an accelerator's mark is no joint)."""
    return _IDENTIFIER.fullmatch(without_accelerators(seg.source, english).strip()) is not None


def is_synopsis(text: str) -> bool:
    """Whether the string is a command's synopsis (_SYNOPSIS): its words are commands,
    options and metavariables, not prose in any language."""
    return _SYNOPSIS.match(text.strip()) is not None


def _shape(text: str, english: WordList, src: LanguageProfile, tgt: LanguageProfile) -> str | None:
    """The shape group a string belongs to, if any: a short lower-case code, or a name."""
    if _SHORT_CODE.fullmatch(text.strip()):
        return _CODE_SHAPED
    return _NAME_SHAPED if _name_shaped(text, english, src, tgt) else None


def _name_shaped(text: str, english: WordList, src: LanguageProfile, tgt: LanguageProfile) -> bool:
    """Whether the string is shaped like the name of a product or a person: a first word
    capitalised that is no common word of the spelling list, nor a language's, a script's or
    a country's name (a brand, a given name: "Toshiba", "Hewlett-Packard", "Paul"), then only
    capitalised words, codes and numbers ("Satellite S3000", "Pavilion dv5"), and no place."""
    tokens = text.split()
    if not 2 <= len(tokens) <= MAX_NAME_WORDS or not _BRAND.fullmatch(tokens[0]):
        return False
    if not all(_NAME_PART.fullmatch(t) for t in tokens[1:]):
        return False
    names = display_names(src.code, tgt.code)
    if name_key(tokens[0]) in names or name_key(text) in names:
        return False
    # (A brand may be a common word where a model's code follows: "Truly Ergonomic 229".)
    if english.is_common(tokens[0]) and not any(_MODEL_CODE.search(t) for t in tokens[1:]):
        return False
    if any(t.strip("()[],").lower() in src.place_generic_words for t in tokens):
        return False
    return not gazetteer(src.code, tgt.code).mentions(text, tokenize(text))


def _person_name(text: str, src: LanguageProfile, tgt: LanguageProfile, english: WordList) -> bool:
    """Whether the string is wholly a person's name ("Richard M. Stallman", "Paul Eggert"):
    a given name of the first-names list that the spelling list knows as no common word,
    then capitalised words or initials, and no place, language or script ("Puerto Rico",
    "Egyptian Hieroglyphs" have rules of their own). A catalog in the source's script keeps
    authors' names as they are (one in another script writes them in its own); "Grant
    Access" starts with a common word, "Russian Federation" with no given name."""
    words = text.split()
    if not 2 <= len(words) <= PERSON_NAME_WORDS:
        return False
    first, rest = words[0], words[1:]
    return (
        first_name_gender(first) is not None
        and not english.is_common(first)
        and all(_INITIAL.fullmatch(w) or _CAPITALISED.fullmatch(w) for w in rest)
        and name_key(text) not in display_names(src.code, tgt.code)
        and not gazetteer(src.code, tgt.code).mentions(text, tokenize(text))
    )


def _places_named_otherwise(text: str, src: LanguageProfile, tgt: LanguageProfile) -> list[str]:
    """Places the string names in English whose name in the target language is another
    ("Lithuania", in German "Litauen"; not "Sierra Leone")."""
    found = gazetteer(src.code, tgt.code).mentions(text, tokenize(text))
    # (Only the place's own name: one a reading of the gazetteer's finds by its sound, "Citi"
    # of the script "Warang Citi" for Chita, is no place.)
    return [
        m.surface
        for m in found
        if m.place.english
        and not any(_written_in(m.surface, theirs) for theirs in m.place.english)
        and _spelled_as(m.surface, m.place.native)
    ]


def _written_in(surface: str, name: str) -> bool:
    """Whether the place's name in the target language writes the mention as it is, alone
    or in a longer official name ("Congo" in "República Democrática del Congo")."""
    ours, theirs = name_key(surface).split(), name_key(name).split()
    n = len(ours)
    return any(theirs[i : i + n] == ours for i in range(len(theirs) - n + 1))


def _spelled_as(surface: str, name: str) -> bool:
    """Whether a mention is spelled as the place's name, accents aside, or as its adjective
    ("Sao Tome", "Mexican"): its opening letters are the name's."""
    a, b = ascii_fold(surface.lower()), ascii_fold(name.lower())
    return a[:_PLACE_OPENING] == b[:_PLACE_OPENING]


def _is_english(
    word: str,
    english: WordList,
    other_script: bool,
    target: WordList,
    langs: tuple[LanguageProfile, LanguageProfile],
) -> bool:
    """An English word by the spelling lists and word use: any listed word in a target of
    another script; in a target of the same script, a common one the target's list lacks in
    every form, or one its texts use far less than English texts do."""
    src, tgt = langs
    if not english:
        return False
    if other_script:
        return english.knows(word) or english.joins_two_words(word)
    # (A form of a target word, not one a letter away: "Letter" is no typo of a word.)
    # (A form of a target word counts, a compound of its words does not: "Aborting" is no
    # German "Abort" + "Ing".)
    english_word = english.is_common(word) or english.joins_two_words(word)
    if not english_word:
        return False
    if target and not target.knows_word(word, tgt):
        return True
    # A word the target's list knows, or any word where it has no list, is the target's
    # where its texts use it much as English ones do ("Status", "System"), English where
    # they use it far less: a loanword the target's list carries ("Sleep" in Polish), or
    # "Restore" in Finnish, which has no list. With neither, every English word counts, and
    # two make a copy.
    gap = used_more_in(word.lower(), src, tgt)
    if gap is None:
        return not target
    return gap >= ENGLISH_USAGE_GAP


def _display_name_otherwise(text: str, src: LanguageProfile, tgt: LanguageProfile) -> list[str]:
    """The string, where all of it is the name of a language, a script or a country that the
    target language names otherwise ("Tamil", in Croatian "tamilski"). Only whole strings:
    inside a phrase "Jordan" or "Chad" may be a person."""
    key = name_key(text)
    theirs = display_names(src.code, tgt.code).get(key, frozenset())
    return [text.strip()] if theirs and not name_kept(text, src, tgt) else []


def name_kept(text: str, src: LanguageProfile, tgt: LanguageProfile) -> bool:
    """Whether the string is wholly such a name that the target language writes the same
    ("Sierra Leone" in German; not "Israel", French "Israël")."""
    key = name_key(text)
    return key in display_names(src.code, tgt.code).get(key, frozenset())


def _calendar_named_otherwise(
    words: list[str], src: LanguageProfile, tgt: LanguageProfile
) -> list[str]:
    """Month and weekday names the target language writes otherwise ("December", in German
    "Dezember"; "Wednesday", "Mittwoch"; not "April"). Abbreviations count where the string is
    nothing else ("Wed", "Jan Feb"): inside a phrase "Sun" or "Mar" may be a name."""
    english, target = calendar_names(src.code), calendar_names(tgt.code)
    if not target.wide:
        return []
    only_names = all(w.lower() in english.wide or w.lower() in english.abbreviated for w in words)
    found = []
    for word in words:
        key = word.lower()
        if src.months_capitalised and word[:1].islower():
            continue  # (English capitalises its months and weekdays: "sat", "may" are words.)
        named = english.wide.get(key) or (english.abbreviated.get(key) if only_names else None)
        if named and not any(key in target.names_of(day) for day in named):
            found.append(word)
    return found
