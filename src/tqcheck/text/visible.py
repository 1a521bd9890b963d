"""Input text made safe to show: control characters become visible signs, one for one.

MT and catalogs are hostile input. An escape sequence in a segment ("\x1b]0;...", "\x1b[2J")
would drive the reviewer's terminal; a bidi override (U+202E) or isolate (U+2066..U+2069)
reorders what a reviewer reads, so that the text shown is not the text shipped. Each becomes
one visible character, so every offset into the text still holds.
"""

from __future__ import annotations

import regex

# Unicode's bidi embedding, override, isolate and mark characters.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_CONTROL = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# What a bidi control or a C1 control is shown as: the replacement character, which every
# font has and no reader takes for text.
_SHOWN_AS = "\ufffd"


def _sign(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the control pictures: ␛ for ESC, ␍ for "\r"
    if code == 0x7F:
        return "\u2421"  # ␡
    return _SHOWN_AS


def visible(text: str) -> str:
    """The text with each control character (tab and line feed aside) shown as a sign."""
    return str(_CONTROL.sub(lambda m: _sign(m.group()), text))


def bidi_controls(text: str) -> list[int]:
    """Where the text has bidi controls."""
    return [i for i, c in enumerate(text) if c in BIDI_CONTROLS]
