"""Source-language text left in the MT: words in the source's script where the target uses
another script; in the same script, whole sentences a language identifier attributes to the
source language, and source words the target language's analyser does not know."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.copied_source import CatalogVocabulary, copied_source_words, is_synopsis
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.cldr_profile import currency_units
from tqcheck.lang.language_id import best_guess, language_detector
from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.places import PlaceMention, gazetteer, rendering
from tqcheck.lang.profile import get_profile
from tqcheck.lang.proper_nouns import source_name_tokens
from tqcheck.lang.script import UNSPACED_SCRIPTS, char_script, dominant_script
from tqcheck.lang.third_language import third_language
from tqcheck.lang.word_lists import WordList, word_list
from tqcheck.text.natural_words import natural_word_spans, natural_words
from tqcheck.text.placeholders import Syntax
from tqcheck.text.tokens import Token, is_sentence_initial
from tqcheck.types import Finding, Segment

# Sentences shorter than this are too short for language identification to be trusted.
MIN_WORDS_FOR_LANGID = 5
# Shorter words ("a", "je", "in") are shared by too many languages to prove anything.
MIN_COPIED_LENGTH = 3
KNOWN_WORDS_SHARE = 0.5
WORD_LANGID_CONFIDENCE = 0.9
# A sentence whose words are mostly capitalised is a list of names.
NAME_LIST_SHARE = 0.6
RUN_LANGID_CONFIDENCE = 0.7
LANGID_CONFIDENCE = 0.9
# A word of prose, for telling a string's language: letters, a capital only first ("Datei",
# "d'ouvrir"; not "GNU", nor "MètodeHTTP").
_PROSE_WORD = regex.compile(r"\p{Lu}?\p{Ll}+(?:['’-]\p{Ll}+)*")
# A word not in the source, unknown to the target language's analyser, counts as the source
# language's only from this length and this confidence ("programme", "pluie").
MIN_FOREIGN_WORD = 5
# A name with a lower-case particle joined by a hyphen ("al-Assad", "el-Sisi", "Kafr
# l-Salada", "ad-Din"): capitalised where it counts, as Arabic names are transcribed.
_PARTICLE_NAME = regex.compile(r"\p{Ll}{1,3}-\p{Lu}")
FOREIGN_WORD_CONFIDENCE = 0.9


def _borrowed_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the text uses a phrase its language borrowed whole ("et al.", "de facto")."""
    if not phrases:
        return []
    pattern = _phrase_pattern(phrases)
    return [m.span() for m in pattern.finditer(text)]


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})", regex.IGNORECASE)


def _standalone(text: str, tok: Token) -> bool:
    """A word of two letters or more between spaces: not the "e" of "e.g." nor the "o" of
    "o'clock"."""
    before = text[tok.start - 1 : tok.start] if tok.start else " "
    after = text[tok.end : tok.end + 1] or " "
    return len(tok.text) >= 2 and before.isspace() and (after.isspace() or after in ",;:")


def _between_names(tokens: list[Token], i: int) -> bool:
    """A particle inside a name ("Charles de Gaulle", "Vasco da Gama")."""
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(before and before.is_capitalised) or bool(after and after.is_capitalised)


def _in_person(facts: TextFacts, tok: Token) -> bool:
    return any(p.start <= tok.start < p.end for p in facts.persons)


@dataclass(frozen=True)
class _SentenceWords:
    """What the copied-word test needs of a sentence pair."""

    source_words: set[str]
    # Source words that are no names: lower-case ones, and capitalised ones at a sentence
    # start (elsewhere a capitalised word is a name).
    common_words: set[str]
    # Places whose source name the MT kept where English has its own ("Kopenhagen").
    unrendered: set[str]
    nouns: set[str]
    borrowed: list[tuple[int, int]]
    currencies: frozenset[str]
    dictionary: WordList

    @classmethod
    def read(
        cls,
        src: TextFacts,
        mt: TextFacts,
        ctx: DocumentContext,
        capitalised_nouns: Callable[[TextFacts, DocumentContext, list[PlaceMention]], set[str]],
    ) -> _SentenceWords:
        places = gazetteer(ctx.src.code, ctx.tgt.code).mentions(src.text, src.tokens)
        return cls(
            source_words={t.lower for t in src.tokens},
            common_words={
                t.lower
                for t in src.tokens
                if not t.is_capitalised or is_sentence_initial(src.text, t.start)
            },
            unrendered={
                m.surface.lower()
                for m in places
                if m.surface not in m.place.english and rendering(m.place, mt.tokens) is None
            },
            nouns=capitalised_nouns(src, ctx, places),
            borrowed=_borrowed_spans(mt.text, ctx.tgt.borrowed_phrases),
            currencies=currency_units(ctx.tgt.code),
            dictionary=word_list(ctx.tgt.code),
        )


def _kind(
    tok: Token,
    i: int,
    morph: MorphToken | None,
    mt: TextFacts,
    words: _SentenceWords,
    ctx: DocumentContext,
) -> str | None:
    """Whether an MT word is a source word left untranslated ("copied", "sure"), the source
    language's without being in the source ("foreign"), or neither (None)."""
    if not tok.text[0].isalpha() or (morph is not None and morph.known):
        return None
    if words.dictionary.knows(tok.text):
        return None  # an English word the analyser lacks ("slalom")
    if any(a <= tok.start < b for a, b in words.borrowed) or tok.lower in words.currencies:
        return None
    if (
        tok.lower in ctx.src.function_words
        and tok.lower not in ctx.tgt.function_words
        and not tok.is_capitalised
        and _standalone(mt.text, tok)
        and not _between_names(mt.tokens, i)
    ):
        return "sure"  # "et", "y", "que": never English words
    capitalised = tok.is_capitalised or _PARTICLE_NAME.match(tok.text) is not None
    if tok.lower not in words.source_words:
        foreign = not capitalised and len(tok.text) >= MIN_FOREIGN_WORD
        return "foreign" if foreign else None
    if len(tok.text) < MIN_COPIED_LENGTH:
        return None
    if tok.lower in words.unrendered:
        return "sure"
    if (
        not capitalised
        or (is_sentence_initial(mt.text, tok.start) and tok.lower in words.common_words)
        or (tok.lower in words.nouns and not _in_person(mt, tok))
    ):
        return "copied"
    return None


def _minor(finding: Finding) -> Finding:
    return replace(finding, severity="minor")


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether a letter touches a letter on either side: one typed in the wrong alphabet."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


def _has_prose(text: str, finding: Finding, english: WordList, seg: Segment) -> bool:
    """Whether the words a finding points at in a UI string are language, not code: an
    English word of three letters or more outside options, identifiers and metavariables
    ("--ca-directory", "KB", "LC_ALL" are kept in every translation)."""
    start, end = finding.start or 0, finding.end or len(text)
    return any(
        start <= at < end and len(word) >= 3 and (not english or english.knows(word))
        for word, at in natural_word_spans(text, Syntax.from_meta(seg.meta))
    )


def _reads_as_source(span: str, words: int, not_in_source: bool, ctx: DocumentContext) -> bool:
    """Loanwords and names of things ("espresso", "rakfisk") are copied on purpose: the words
    must read as the source language, surely so for a single word or one the source does not
    have. Without an identifier for the pair, only a run of words counts."""
    detector = language_detector((ctx.src.code, ctx.tgt.code))
    if detector is None:
        return words > 1
    floor = WORD_LANGID_CONFIDENCE if words == 1 else RUN_LANGID_CONFIDENCE
    if not_in_source:
        floor = FOREIGN_WORD_CONFIDENCE
    code, value = best_guess(detector, span)
    return code == ctx.src.code and value >= floor


# Inside a name, lower-case words this short join its capitalised ones ("Bank of America",
# "Université de Montréal"); longer ones are text ("the report said").
MAX_NAME_JOINER = 3
# A text this much in the source's script (of its words, and of its letters) is left
# untranslated as a whole.
WHOLE_SHARE = 0.6
# A token's letters of one script, with the marks and joiners inside a word.
_SCRIPT_PIECE = regex.compile(
    r"""
      \p{Latin}(?:[\p{Latin}\p{M}'’-]*[\p{Latin}\p{M}])?
    | \p{Cyrillic}(?:[\p{Cyrillic}\p{M}'’-]*[\p{Cyrillic}\p{M}])?
    | \p{Greek}(?:[\p{Greek}\p{M}'’-]*[\p{Greek}\p{M}])?
    | \p{Han}+ | [\p{Hiragana}\p{Katakana}ー]+ | \p{Hangul}+
    | \p{L}\p{M}*
    """,
    regex.VERBOSE,
)
_RUN_WORD = regex.compile(r"[\p{L}\p{M}'’.&-]+|\d+")
# What may stand between two words of one run left in a foreign script.
_RUN_GAP = " ,;:-–—\"'„“”"


def _foreign_runs(text: str, words: list[Token], scripts: set[str]) -> list[tuple[int, int, int]]:
    """The runs of words in `scripts` as (start, end, words), the words apart only by spaces
    and punctuation. Only their own letters: unspaced Chinese runs "Hachimura称" and
    "Donnelly和Brian" into one token, of which "Hachimura", "Donnelly" and "Brian" are
    Latin."""
    runs: list[tuple[int, int, int]] = []
    for tok in words:
        # (A token in an unspaced script may hold foreign words anywhere inside it; elsewhere
        # a word is foreign where most of its letters are.)
        unspaced = any(char_script(c) in UNSPACED_SCRIPTS for c in tok.text)
        if not unspaced:
            pieces = [(tok.start, tok.end)] if dominant_script(tok.text) in scripts else []
        else:
            pieces = [
                (tok.start + m.start(), tok.start + m.end())
                for m in _SCRIPT_PIECE.finditer(tok.text)
                if char_script(m.group()[0]) in scripts
            ]
        for start, end in pieces:
            if runs and text[runs[-1][1] : start].strip(_RUN_GAP) == "":
                runs[-1] = (runs[-1][0], end, runs[-1][2] + 1)
            else:
                runs.append((start, end, 1))
    return runs


def _is_name_run(span: str) -> bool:
    """Whether a run of foreign words is a name or a title rather than text: every word with
    a capital (an acronym, "iPhone"), but for short joiners between them ("Daily Mail",
    "CNBC", "Bank of America"; not "the report", nor "Reuters said")."""
    words = _RUN_WORD.findall(span)
    if not words or words[0].islower() or words[-1].islower():
        return False
    # (A capital inside counts: "iPhone", "eBay".)
    return all(not w.islower() or w.isdigit() or len(w) <= MAX_NAME_JOINER for w in words)


class UntranslatedCheck(Check):
    name = "untranslated"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "foreign-script": "words in the source's script where the target writes another",
        "foreign-script-name": "a name kept in the source's script, where the target "
        "language's texts keep such names (Latin-script brands and people in Russian or "
        "Chinese): a house style may transcribe it",
        "look-alike-letter": "one letter of the source's script among the target's letters",
        "sentence": "a sentence language identification reads as the source language",
        "copied.sure": "source function words or a place's source name left in the MT",
        "copied.lowercase": "lower-case source words the target language does not know",
        "copied.capitalised": "capitalised source words the target language does not know",
        "foreign-word": "a word of the source language the source sentence does not have",
        "empty": "a string the catalog leaves untranslated (an empty msgstr)",
        "copied-source": "a user-interface string whose translation is the English source, "
        "with words the target language does not have",
        "wrong-language": "a user-interface string translated into another language: language "
        "identification reads it so, the target language's spelling list knows few of its "
        "words and that language's list most of them",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        vocabulary: CatalogVocabulary | None = None
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            seg = ctx.doc.segments[index]
            if seg.meta.get("empty") and src.text.strip():
                yield index, self._empty()
            if not mt.text.strip():
                continue
            if seg.meta.get("localization"):
                vocabulary = vocabulary or CatalogVocabulary.of(ctx.doc.segments, ctx.src, ctx.tgt)
                yield from ((index, f) for f in self._ui_string(seg, src, mt, ctx, vocabulary))
            else:
                yield from ((index, f) for f in self._prose(src, mt, ctx))

    def _ui_string(
        self,
        seg: Segment,
        src: TextFacts,
        mt: TextFacts,
        ctx: DocumentContext,
        vocabulary: CatalogVocabulary,
    ) -> Iterator[Finding]:
        """A catalog's string: a copy of the source, a sentence left in English once its code
        is set aside; words left in English are worth a look, never a gate failure (strings
        keep option names, units and identifiers on purpose)."""
        telling = copied_source_words(seg, ctx.src, ctx.tgt, vocabulary)
        if telling:
            copy = self._copied_source(telling, seg.mt)
            # (A key's legend kept as it is may be what the locale's keyboards print: Swedish
            # and Russian catalogs keep "Home", German ones write "Pos1". Worth a look.)
            yield _minor(copy) if vocabulary.names_a_key(seg) else copy
            return
        # (A synopsis keeps its commands and subcommands in any language: "git rerere [clear
        # | forget <sökväg>...]" is Swedish as much as it can be.)
        if ctx.src.script == ctx.tgt.script and not is_synopsis(seg.source):
            prose = " ".join(natural_words(mt.text, Syntax.from_meta(seg.meta)))
            finding = self._same_script(mt, ctx, prose)
            if finding:
                yield replace(finding, severity="major")
                return
        wrong = self._wrong_language(seg, mt, ctx)
        if wrong:
            yield wrong
            return
        english = word_list(ctx.src.code)
        for finding in self._prose(src, mt, ctx, langid=False):
            if finding.rule.endswith("look-alike-letter"):
                if _inside_word(mt.text, finding.start or 0, finding.end or 0):
                    yield finding  # (not an option's "-o", nor the "r" of an escaped "\r")
            elif _has_prose(mt.text, finding, english, seg):
                yield _minor(finding)

    def _wrong_language(self, seg: Segment, mt: TextFacts, ctx: DocumentContext) -> Finding | None:
        """A string in a third language: a French string in a German catalog."""
        words = [
            w
            for w in natural_words(mt.text, Syntax.from_meta(seg.meta))
            if _PROSE_WORD.fullmatch(w)
        ]
        found = third_language(words, seg.source, ctx.src, ctx.tgt)
        if found is None:
            return None
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="major",
            start=0,
            end=len(mt.text.rstrip()),
            message=f"the translation is in {get_profile(found.code).name}, not "
            f"{ctx.tgt.name} (language identification {found.confidence:.2f}; the "
            f"{ctx.tgt.name} word list knows {found.known_in_target} of its {found.words} words)",
            evidence={"language": found.code, "confidence": round(found.confidence, 3)},
            rule="wrong-language",
        )

    def _copied_source(self, words: list[str], mt: str) -> Finding:
        shown = ", ".join(f"'{w}'" for w in words[:3])
        return self.finding(
            category="Accuracy/Untranslated",
            severity="major",
            start=0,
            end=len(mt.rstrip()),
            message=f"the translation is a copy of the source ({shown} not translated)",
            evidence={"words": words[:10]},
            rule="copied-source",
        )

    def _prose(
        self, src: TextFacts, mt: TextFacts, ctx: DocumentContext, langid: bool = True
    ) -> Iterator[Finding]:
        if ctx.src.script != ctx.tgt.script:
            yield from self._foreign_script(mt.text, mt.tokens, ctx)
        elif src.text.strip():
            finding = self._same_script(mt, ctx) if langid else None
            if finding:
                yield finding
            else:
                yield from self._copied_words(src, mt, ctx)

    def _empty(self) -> Finding:
        return self.finding(
            category="Accuracy/Untranslated",
            severity="major",
            start=None,
            end=None,
            message="the string is not translated (its msgstr is empty)",
            evidence={},
            rule="empty",
        )

    def _foreign_script(
        self, text: str, tokens: list[Token], ctx: DocumentContext
    ) -> Iterator[Finding]:
        script = ctx.src.script
        # Japanese writes with kana and with Chinese characters: a word in either is foreign.
        scripts = {script, "Hani"} if script == "Jpan" else {script}
        words = [t for t in tokens if t.text[0].isalpha()]
        # (Not only tokens mostly in the source's script: in unspaced Chinese the English
        # left in "我们今天在北京说the" is a part of one token.)
        runs = _foreign_runs(text, words, scripts)
        if not runs:
            return
        # A name kept in its own letters where the target's texts keep such names ("Tesla",
        # "Bank of America", "rbc.ru" in Russian) is no text left untranslated, and no part
        # of a sentence left so.
        kept = script in ctx.tgt.kept_name_scripts
        # (A prose word may begin before the run: unspaced Chinese reads "讨论了climate问题"
        # as one word.)
        prose = [(at, at + len(word)) for word, at in natural_word_spans(text)] if kept else []
        named = [
            kept
            and (
                _is_name_run(text[start:end])
                or not any(at < end and start < stop for at, stop in prose)
            )
            for start, end, _ in runs
        ]
        text_runs = [run for run, name in zip(runs, named) if not name]
        # (Letters count too: an unspaced Chinese sentence is a few long tokens.)
        letters = sum(1 for c in text if c.isalpha())
        foreign_letters = sum(
            1 for start, end, _ in text_runs for c in text[start:end] if char_script(c) in scripts
        )
        whole = (
            sum(count for _, _, count in text_runs) >= max(3, WHOLE_SHARE * len(words))
            and foreign_letters >= WHOLE_SHARE * letters
        )
        for (start, end, _), name in zip(runs, named):
            span = text[start:end]
            # One letter alone is a look-alike typed in the wrong alphabet ("+14ºС" with a
            # Cyrillic С): a spelling slip, not text left untranslated.
            if len(span) == 1:
                yield self.finding(
                    category="Fluency/Spelling",
                    severity="minor",
                    start=start,
                    end=end,
                    message=f"'{span}' is a letter of the {script} script",
                    evidence={"text": span, "script": script},
                    rule="look-alike-letter",
                )
            elif name:
                yield self.finding(
                    category="Accuracy/Untranslated",
                    severity="minor",
                    start=start,
                    end=end,
                    message=f"'{span}' is kept in the {script} script (a name: a house style"
                    " may transcribe it)",
                    evidence={"text": span, "script": script},
                    rule="foreign-script-name",
                )
            else:
                yield self.finding(
                    category="Accuracy/Untranslated",
                    severity="critical" if whole else "major",
                    start=start,
                    end=end,
                    message=f"'{span}' is left in {ctx.src.name} ({script} script) untranslated",
                    evidence={"text": span, "script": script},
                    rule="foreign-script",
                )

    def _copied_words(
        self, src: TextFacts, mt: TextFacts, ctx: DocumentContext
    ) -> Iterator[Finding]:
        """Source words carried into an MT in the same script: words the source has that the
        target language's analyser does not know. Capitalised words inside a sentence are
        left alone, since names are copied on purpose."""
        if mt.morph is None:
            return
        words = _SentenceWords.read(src, mt, ctx, self._capitalised_nouns)
        copied: list[Token] = []
        sure: set[int] = set()
        # Not copied, but the source language's own: "and" rendered "et", "program" left as
        # "programme". The identifier must be surer of a word that is not in the source.
        foreign: list[Token] = []
        for i, (tok, morph) in enumerate(zip(mt.tokens, mt.morph)):
            kind = _kind(tok, i, morph, mt, words, ctx)
            if kind == "foreign":
                foreign.append(tok)
            elif kind is not None:
                copied.append(tok)
                if kind == "sure":
                    sure.add(tok.start)
        runs: list[list[Token]] = []
        for tok in copied:
            if runs and mt.text[runs[-1][-1].end : tok.start].strip(" ,;:-–—") == "":
                runs[-1].append(tok)
            else:
                runs.append([tok])
        # (Words not in the source stand alone: joined to a copied phrase they would change
        # what the identifier reads.)
        in_source = len(runs)
        runs += [[tok] for tok in foreign]
        for number, run in enumerate(runs):
            span = mt.text[run[0].start : run[-1].end]
            # A place's source name, which English writes otherwise, needs no identifier.
            all_sure = all(t.start in sure for t in run)
            if not all_sure and not _reads_as_source(span, len(run), number >= in_source, ctx):
                continue
            if number >= in_source:
                rule = "foreign-word"
            elif all_sure:
                rule = "copied.sure"
            else:
                lower = all(not t.is_capitalised for t in run)
                rule = "copied.lowercase" if lower else "copied.capitalised"
            yield self.finding(
                category="Accuracy/Untranslated",
                severity="major",
                start=run[0].start,
                end=run[-1].end,
                message=(
                    f"'{span}' is copied from the {ctx.src.name} source and is not {ctx.tgt.name}"
                    if number < in_source
                    else f"'{span}' is {ctx.src.name}, not {ctx.tgt.name}"
                ),
                evidence={"text": span, "in_source": number < in_source},
                rule=rule,
            )

    @staticmethod
    def _capitalised_nouns(
        src: TextFacts, ctx: DocumentContext, places: list[PlaceMention]
    ) -> set[str]:
        """Capitalised source words that are nouns, not names, in a language that capitalises
        every noun ("Gruppe", "Fleisch"): copied into the MT they are untranslated."""
        if not ctx.src.capitalises_nouns:
            return set()
        names = {t.start for t in source_name_tokens(src, ctx.src)}
        names |= {t.start for m in places for t in src.tokens if m.start <= t.start < m.end}
        nouns = set()
        for i, tok in enumerate(src.tokens):
            before = src.tokens[i - 1] if i else None
            # Place names follow a bare preposition or another name ("in Achleiten",
            # "U-Bahnhof Aidenbachstraße"); nouns follow an article or adjective.
            if (
                tok.is_capitalised
                and tok.start not in names
                and tok.text[0].isalpha()
                and before is not None
                and (not before.is_capitalised or is_sentence_initial(src.text, before.start))
                and before.lower not in ctx.src.place_prepositions
            ):
                nouns.add(tok.lower)
        return nouns

    def _same_script(
        self, mt: TextFacts, ctx: DocumentContext, prose: str | None = None
    ) -> Finding | None:
        """A sentence language identification reads as the source language; `prose`, where
        given, is the text to identify (a string's words outside its code)."""
        text = mt.text if prose is None else prose
        if len(text.split()) < MIN_WORDS_FOR_LANGID:
            return None
        letters = [t for t in mt.tokens if t.text[0].isalpha()]
        if sum(t.is_capitalised for t in letters) >= NAME_LIST_SHARE * len(letters):
            return None  # a list of names (a team's line-up), which no translation changes
        if mt.morph is not None:
            # A sentence the target language's analyser mostly knows is not in the source
            # language, whatever a few copied words make the identifier say.
            words = [m for t, m in zip(mt.tokens, mt.morph) if t.text[0].isalpha()]
            known = sum(1 for m in words if m is not None and m.known)
            if words and known / len(words) >= KNOWN_WORDS_SHARE:
                return None
        detector = language_detector((ctx.src.code, ctx.tgt.code))
        if detector is None:
            return None
        code, value = best_guess(detector, text)
        if code != ctx.src.code or value < LANGID_CONFIDENCE:
            return None
        return self.finding(
            category="Accuracy/Untranslated",
            severity="critical",
            start=0,
            end=len(mt.text.rstrip()),
            message=f"sentence is in {ctx.src.name}, not {ctx.tgt.name} "
            f"(language identification {value:.2f})",
            evidence={"language": code, "confidence": round(value, 3)},
            rule="sentence",
        )
