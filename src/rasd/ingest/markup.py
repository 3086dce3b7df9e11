"""Feed summaries and contents carry HTML: turn it into plain text, one line per block."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "br", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section", "article",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "figcaption", "pre",
}  # fmt: skip
_HIDDEN = {"script", "style", "template", "noscript", "nav", "header", "footer", "aside", "form"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, marking block boundaries with newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: "<p>قتل 3&nbsp;جنود</p><p>وأصيب 5</p>" -> "قتل 3 جنود\\nوأصيب 5"."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _tidy("".join(collector.parts))


def _tidy(text: str) -> str:
    """Spaces collapsed within lines, blank lines dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
