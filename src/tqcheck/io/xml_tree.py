"""A hostile-input-safe XML reader for localization files (XLIFF, TMX) that keeps line numbers,
so SARIF and CI annotations can point at the unit at fault.

Parsing goes through defusedxml's SAX parser with DTDs, entities and external references
forbidden: a billion-laughs or external-entity file is refused before anything is expanded or
fetched. The result is a small tree of `Node`s (tag without namespace, attributes, children
that are nodes or text, line).
"""

from __future__ import annotations

import xml.sax
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import sax as defused_sax
from defusedxml.common import DefusedXmlException

from tqcheck.errors import InputError

# Localization files nest a few elements deep; a file nested deeper than this is refused
# (a reader that followed it down would run out of stack).
MAX_DEPTH = 100


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node | str] = field(default_factory=list)

    def elements(self, tag: str | None = None) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and tag in (None, c.tag)]

    def first(self, tag: str) -> Node | None:
        return next(iter(self.elements(tag)), None)

    def walk(self, *tags: str) -> list[Node]:
        """Every descendant with one of these tags, in document order."""
        found = []
        for child in self.elements():
            if child.tag in tags:
                found.append(child)
            found.extend(child.walk(*tags))
        return found

    @property
    def text(self) -> str:
        """The element's own text, without its child elements'."""
        return "".join(c for c in self.children if isinstance(c, str))

    def attr(self, name: str) -> str | None:
        """An attribute by local name (xml:lang and lang both answer "lang")."""
        for key, value in self.attrs.items():
            if key == name or key.rsplit(":", 1)[-1] == name:
                return value
        return None


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class _TreeBuilder(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[Node] = []
        self.root: Node | None = None
        self.locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:
        self.locator = locator

    def startElement(self, name: str, attrs: Any) -> None:
        line = self.locator.getLineNumber() if self.locator else 0
        node = Node(_local(name), dict(attrs.items()), line)
        if len(self.stack) >= MAX_DEPTH:
            raise _TooDeep(line)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name: str) -> None:
        self.stack.pop()

    def characters(self, content: str) -> None:
        if not self.stack:
            return
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += content
        else:
            children.append(content)


def parse_xml(path: str | Path, kind: str) -> Node:
    """The document element of XML file `path`; InputError (exit 2) for anything unsafe or
    malformed, naming the line."""
    builder = _TreeBuilder()
    try:
        with open(path, "rb") as handle:
            defused_sax.parse(
                handle, builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
            )
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except _TooDeep as exc:
        depth = f"{kind} nested deeper than {MAX_DEPTH} elements"
        raise InputError(path, depth, exc.line) from None
    except DefusedXmlException as exc:
        raise InputError(
            path, f"refused unsafe XML ({type(exc).__name__}: DTDs and entities are not allowed)"
        ) from None
    except xml.sax.SAXParseException as exc:
        raise InputError(
            path, f"malformed {kind}: {exc.getMessage()}", exc.getLineNumber()
        ) from None
    if builder.root is None:
        raise InputError(path, f"empty {kind} file")
    return builder.root


def inline_text(node: Node, codes: frozenset[str]) -> str:
    """The text of a source/target element. Inline codes (elements in `codes`) become tags in
    the text, `<x1/>` or `<g2>...</g2>`, which the placeholder check then requires the
    translation to keep."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag in codes:
            ident = child.attr("id") or child.attr("rid") or ""
            inner = inline_text(child, codes)
            if inner and child.tag not in ("bpt", "ept", "ph", "it"):
                parts.append(f"<{child.tag}{ident}>{inner}</{child.tag}{ident}>")
            else:
                # Native code carried inside bpt/ept/ph is markup, not text to translate.
                parts.append(f"<{child.tag}{ident}/>")
        else:
            parts.append(inline_text(child, codes))
    return "".join(parts)
