"""HTML pages: article text, title, date, outlet and canonical URL, via trafilatura."""

from __future__ import annotations

import re
from datetime import date

from ..errors import InputError
from ..model import Document
from .dates import date_from_name

# htmldate's extensive search guesses from any date on the page, often the copyright year
# in the footer; the strict search keeps to dates the page states as its publication date.
STRICT_DATE = {"extensive_search": False, "original_date": True}

# Elements after which a fragment's text gets a line break, so paragraphs stay apart.
BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def parse_html(data: bytes, ref: str, url: str | None = None, found_by: str = "html") -> Document:
    """A Document from a whole page: main text, title, published date, outlet and canonical URL.

    The date is the page's own stated date (meta tags, markup, URL), else one in `ref`.
    """
    import trafilatura  # heavy: loaded on the first page, not with the CLI

    page = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=STRICT_DATE,
    )
    text = page.text.strip() if page is not None and page.text else ""
    if not text:
        raise InputError(f"{ref}: no article text found in this page")
    return Document(
        text=text,
        ref=ref,
        title=page.title or None,
        url=page.url or url,
        outlet=page.sitename or page.hostname or None,
        published=date.fromisoformat(page.date) if page.date else date_from_name(ref),
        found_by=found_by,
        raw=data,
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per paragraph.

    >>> fragment_text("<p>Five held.</p><p>Two <b>freed</b>.</p><script>x()</script>")
    'Five held.\\nTwo freed.'
    >>> fragment_text("")
    ''
    """
    if not fragment.strip():
        return ""
    from lxml import html as lxml_html  # loaded with the first feed, not with the CLI

    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (re.sub(r"\s+", " ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
