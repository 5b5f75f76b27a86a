"""Shared fixtures: hand-made figure rows, the real AAPP curve as figures, the sample store."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure as Chart

from tracker.ingest import ingest
from tracker.model import Document, Figure, content_id
from tracker.series import FIGURE_ROW_COLUMNS
from tracker.sources import Batch, read_inputs
from tracker.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# Cumulative counts AAPP stated in 2021 (shared/data/aapp_myanmar_counts.csv): real steps,
# including the fall in arrests between August and September that a tracker must show.
AAPP_2021 = """date,metric,value,qualifier
2021-02-17,arrested,452,exact
2021-02-17,arrested,495,approx
2021-03-01,arrested,1213,exact
2021-03-14,arrested,2156,exact
2021-03-15,arrested,2100,at_least
2021-03-17,arrested,2100,at_least
2021-03-19,arrested,2330,at_most
2021-03-27,arrested,3070,exact
2021-04-17,arrested,3100,at_least
2021-08-18,arrested,7338,at_least
2021-09-14,arrested,6477,at_least
2021-10-18,arrested,7300,at_least
2021-02-17,detained,417,approx
2021-02-17,detained,460,approx
2021-03-01,detained,913,exact
2021-03-19,detained,1980,exact
2021-03-30,detained,2608,exact
2021-04-05,detained,2728,exact
2021-05-02,detained,3555,exact
2021-08-18,detained,5730,exact
2021-10-18,detained,7300,approx
2021-12-20,detained,8131,exact
2021-03-01,killed,30,at_least
2021-03-15,killed,126,at_least
2021-03-15,killed,183,exact
2021-03-18,killed,224,exact
2021-03-19,killed,235,exact
2021-03-26,killed,320,exact
2021-03-27,killed,408,at_least
2021-03-27,killed,423,exact
2021-03-29,killed,510,at_least
2021-03-30,killed,521,at_least
2021-04-06,killed,570,at_most
2021-04-11,killed,618,exact
2021-04-11,killed,701,at_least
2021-04-15,killed,726,exact
2021-04-26,killed,753,exact
2021-05-02,killed,765,exact
2021-08-18,killed,1006,exact
2021-09-14,killed,1089,at_least
2021-10-18,killed,1170,at_least
2021-12-20,killed,1348,exact
"""

DEFAULTS: dict[str, object] = {
    "doc_id": "doc-1", "metric": "killed", "low": None, "high": None, "qualifier": "exact",
    "scope": "cumulative", "source": "AAPP", "source_text": None, "as_of": None,
    "location": None, "start": 0, "end": 0, "rule": "hand-made", "extractor": "test",
    "title": None, "url": None, "outlet": None,
}  # fmt: skip


def figure_rows(rows: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Figure rows as Store.figures() returns them, from dicts that give only what matters.

    Each dict needs `value` and `published` (or `as_of`); dates may be ISO strings.
    """
    records = []
    for i, given in enumerate(rows):
        row = {**DEFAULTS, **given}
        row.setdefault("published", row["as_of"])
        row.setdefault("quote", f"{row['value']} people {row['metric']}, {row['source']} said.")
        row.setdefault("ref", f"{row['doc_id']}.txt")
        row["id"] = content_id(row["doc_id"], i, row["metric"], row["value"])
        records.append(row)
    frame = pd.DataFrame(records, columns=list(FIGURE_ROW_COLUMNS))
    for column in ("as_of", "published"):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("low", "high"):
        frame[column] = frame[column].astype("Int64")
    return frame


@pytest.fixture
def make_figures() -> Callable[[Iterable[dict[str, object]]], pd.DataFrame]:
    """A factory of hand-made figure rows: make_figures([{"value": 3, "published": ...}])."""
    return figure_rows


@pytest.fixture
def make_store(tmp_path: Path) -> Callable[[pd.DataFrame], Path]:
    """A factory of stores holding hand-made figure rows, one document per doc_id."""

    def make(figures: pd.DataFrame) -> Path:
        path = tmp_path / f"hand-made-{len(list(tmp_path.glob('hand-made-*')))}.duckdb"
        with open_store(path) as store:
            for doc_id, rows in figures.groupby("doc_id", sort=False):
                first = rows.iloc[0]
                doc = Document(text=f"{doc_id}: " + " ".join(rows["quote"]), ref=first["ref"],
                               title=first["title"], outlet=first["outlet"],
                               published=first["published"].date())  # fmt: skip
                store.add(doc, [_figure(row) for row in rows.itertuples()], "test")
        return path

    return make


def _figure(row: object) -> Figure:
    fields = {name: getattr(row, name) for name in ("metric", "value", "qualifier", "scope",
              "quote", "start", "end", "rule", "source", "location")}  # fmt: skip
    fields["as_of"] = row.as_of.date() if pd.notna(row.as_of) else None
    return Figure(**{k: None if pd.isna(v) else v for k, v in fields.items()})


@pytest.fixture(scope="session")
def aapp_figures() -> pd.DataFrame:
    """AAPP's real 2021 cumulative counts as figure rows, one briefing document per row."""
    counts = pd.read_csv(io.StringIO(AAPP_2021))
    return figure_rows(
        {
            "doc_id": f"aapp-{i}",
            "metric": r.metric,
            "value": r.value,
            "qualifier": r.qualifier,
            "published": r.date,
            "outlet": "AAPP",
            "quote": f"As of {r.date}, AAPP counts {r.value:,} people {r.metric}.",
        }
        for i, r in enumerate(counts.itertuples())
    )


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from data/samples/ with the current extractor, once per test session."""
    path = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    with open_store(path) as store:
        ingest(read_inputs([str(SAMPLES)], None, Batch()), store)
    return path


@pytest.fixture
def no_warnings() -> Callable[[], AbstractContextManager[None]]:
    """A context manager that fails the test on any warning raised inside it, listing them."""

    @contextmanager
    def check() -> Iterator[None]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        assert [f"{w.category.__name__}: {w.message}" for w in caught] == []

    return check


@pytest.fixture
def png_size() -> Callable[[Path], tuple[int, int]]:
    """The (width, height) in pixels of a PNG file, read from its header."""

    def size(path: Path) -> tuple[int, int]:
        head = Path(path).read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")

    return size


@pytest.fixture
def figure_text() -> Callable[[Chart], list[str]]:
    """Every text a reader sees on a matplotlib figure: its own, its axes', their legends."""

    def texts(fig: Chart) -> list[str]:
        found = [t.get_text() for t in fig.texts]
        for ax in fig.axes:
            found += [t.get_text() for t in ax.texts] + [ax.get_title(loc="left")]
            if ax.get_legend():
                found += [t.get_text() for t in ax.get_legend().get_texts()]
        return found

    return texts
