"""Extraction: the rule tables' examples, the issue's acceptance report, and robustness."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import extract
from tracker.extract.attribution import SOURCE_EXAMPLES
from tracker.extract.core import AS_OF_EXAMPLES, SCOPE_EXAMPLES
from tracker.extract.rules import EXAMPLES, KNOWN_FAILURES

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(("sentence", "expected"), EXAMPLES, ids=[s[:50] for s, _ in EXAMPLES])
def test_rule_examples(sentence: str, expected: list[tuple[str, int]]) -> None:
    found = [(f.metric, f.value) for f in extract(sentence, date(2021, 3, 27))]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), SOURCE_EXAMPLES, ids=[s[:50] for s, _ in SOURCE_EXAMPLES])
def test_source_examples(text: str, expected: list[str | None]) -> None:
    assert [f.source for f in extract(text, date(2021, 3, 27))] == expected


@pytest.mark.parametrize(
    ("title", "url", "text", "expected"),
    [
        ("AAPP Daily Briefing", "https://aappb.org/?p=1", "In total, 2,559 people are detained.", "AAPP"),
        # an owner known by its acronym is named by what it is when the report spells the acronym out
        ("RSIPF media release", "https://www.rsipf.gov.sb/x", "ROYAL SOLOMON ISLANDS POLICE FORCE | MEDIA RELEASE\n"
         "Since Wednesday, officers have arrested 100 people.", "police"),
        ("CONRED Bulletin No. 45", "https://conred.gob.gt/x", "A total of 197 people are missing.", "CONRED"),
        # a body the opening names, at an address made of its name or short name; an outlet's own site is no owner
        ("Nasha Niva editor detained", "https://baj.by/en/x", "The Belarusian Association of Journalists (BAJ) "
         "condemns the raid on Nasha Niva. Three members of staff were detained on Thursday.", "BAJ"),
        ("Seven killed in Yangon", "https://myanmar-now.org/en/news/x", "Myanmar Now reporters saw troops fire on "
         "marchers. Seven people were killed.", None),
        # the owner speaking of itself as "this agency", as it would say "we"
        ("Iran Protests: A Report of the First 80 Days", "https://www.en-hrana.org/x",
         "At least 18,215 people have been arrested, according to data confirmed by this news agency.", "HRANA"),
    ],
)
def test_own_release_speaks_for_its_owner(title: str, url: str, text: str, expected: str | None) -> None:
    assert [f.source for f in extract(text, date(2021, 3, 27), title=title, url=url)] == [expected]


@pytest.mark.parametrize(("text", "expected"), SCOPE_EXAMPLES, ids=[s[:50] for s, _ in SCOPE_EXAMPLES])
def test_scope_examples(text: str, expected: list[str]) -> None:
    assert [f.scope for f in extract(text, date(2021, 3, 27))] == expected


@pytest.mark.parametrize(("text", "published", "expected"), AS_OF_EXAMPLES, ids=[s[:50] for s, *_ in AS_OF_EXAMPLES])
def test_as_of_examples(text: str, published: str, expected: list[str]) -> None:
    figures = extract(text, date.fromisoformat(published))
    assert [f.as_of.isoformat() if f.as_of else None for f in figures] == expected


@pytest.mark.xfail(strict=True, reason="a phrasing the rules do not read yet")
@pytest.mark.parametrize(
    ("sentence", "expected"), KNOWN_FAILURES, ids=[s[:50] for s, _ in KNOWN_FAILURES]
)
def test_known_failures(sentence: str, expected: list[tuple[str, int]]) -> None:
    found = [(f.metric, f.value) for f in extract(sentence, date(2021, 3, 27))]
    assert sorted(found) == sorted(expected)


@pytest.fixture(scope="module")
def acceptance() -> list[dict]:
    text = (FIXTURES / "acceptance-2021-03-26.txt").read_text()
    return [f.to_dict() for f in extract(text, date(2021, 3, 26))]


def _pick(figures: list[dict], metric: str, value: int) -> dict:
    matches = [f for f in figures if f["metric"] == metric and f["value"] == value]
    assert len(matches) == 1, f"{metric} {value}: {matches}"
    return matches[0]


def test_acceptance_yields_exactly_these(acceptance: list[dict]) -> None:
    assert sorted((f["metric"], f["value"]) for f in acceptance) == sorted(
        [("killed", 320), ("arrested", 3000), ("released", 600), ("released", 322),
         ("killed", 3), ("killed", 1)]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("metric", "value", "fields"),
    [
        ("killed", 320, {"qualifier": "at_least", "scope": "cumulative", "source": "AAPP"}),
        ("arrested", 3000, {"qualifier": "at_most", "scope": "cumulative", "source": "AAPP"}),
        ("released", 600, {"qualifier": "at_least", "scope": "event", "source": None,
                           "as_of": "2021-03-22"}),
        ("released", 322, {"qualifier": "exact", "scope": "event", "source": "prison official",
                           "as_of": "2021-03-26"}),
        ("killed", 3, {"qualifier": "at_least", "scope": "event", "source": "resident",
                       "location": "Myeik", "as_of": "2021-03-26"}),
        ("killed", 1, {"qualifier": "exact", "scope": "event", "location": "Mandalay"}),
    ],
    ids=lambda v: str(v) if not isinstance(v, dict) else "",
)  # fmt: skip
def test_acceptance_fields(acceptance: list[dict], metric: str, value: int, fields: dict) -> None:
    figure = _pick(acceptance, metric, value)
    assert {k: figure[k] for k in fields} == fields


def test_figure_span_points_at_the_number(acceptance: list[dict]) -> None:
    text = (FIXTURES / "acceptance-2021-03-26.txt").read_text()
    figure = _pick(acceptance, "killed", 320)
    assert text[figure["start"] : figure["end"]] == "more than 320"
    assert figure["quote"] in text


def test_extraction_is_pure_and_repeatable() -> None:
    text = (FIXTURES / "acceptance-2021-03-26.txt").read_text()
    assert extract(text, date(2021, 3, 26)) == extract(text, date(2021, 3, 26))


def test_no_date_leaves_as_of_empty() -> None:
    figures = extract("Police said 42 people were arrested on Friday.", None)
    assert [(f.value, f.as_of) for f in figures] == [(42, None)]


def test_as_of_never_after_published() -> None:
    figures = extract("As of 30 December, 1,348 people had been killed.", date(2021, 3, 1))
    assert [f.as_of for f in figures] == [date(2020, 12, 30)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for figure in extract(text, date(2021, 3, 26)):
        assert figure.value > 0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["killed", "at least", "3,000", "people", "were", "arrested", "(", ")", "—", ",", "the toll",
     "rose to", "a", "man", "was", "shot dead", "AAPP", "said", "on Friday", "249 men", "and"]
), max_size=40))  # fmt: skip
def test_never_raises_on_report_like_text(words: list[str]) -> None:
    extract(" ".join(words), date(2021, 3, 26))


@pytest.mark.parametrize(
    "text",
    [
        "9" * 100_000,
        "killed " * 150_000,
        ("the crowd was driven back by police and " * 25_000) + "5 were hurt",
        ("at least 5 people, " * 5_000) + "were killed",
    ],
    ids=["100k digits", "1MB of one word", "1MB line with no full stop", "5,000 numbers in a row"],
)
def test_pathological_input_is_quick(text: str) -> None:
    started = time.perf_counter()
    extract(text, date(2021, 3, 26))
    assert time.perf_counter() - started < 5.0
