"""Score extraction against annotated gold passages: precision, recall, F1, field accuracy."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import GoldError
from .extract import extract
from .extract.attribution import canonical
from .extract.sentences import split_sentences
from .model import METRICS, QUALIFIERS, SCOPES, Figure

FIELDS = ("qualifier", "scope", "source", "as_of")


@dataclass
class Passage:
    """One gold passage: its text and the figures a reader finds in it."""

    id: str
    text: str
    published: date
    title: str | None
    url: str | None
    figures: list[dict]
    optional: list[dict]
    negatives: list[str]


@dataclass
class Miss:
    """A gold figure not found, or a figure found that the gold does not hold."""

    passage: str
    kind: str  # "missed" or "false"
    metric: str
    value: int
    sentence: str
    detail: str = ""


@dataclass
class Score:
    """Counts and accuracies over a gold set."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    judged: Counter = field(default_factory=Counter)
    negatives_hit: int = 0
    misses: list[Miss] = field(default_factory=list)
    passages: int = 0

    def prf(self, metric: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for one metric, or over all when metric is None."""
        tp = self.tp[metric] if metric else sum(self.tp.values())
        fp = self.fp[metric] if metric else sum(self.fp.values())
        fn = self.fn[metric] if metric else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self, name: str) -> float:
        """Share of matched figures whose field `name` agrees with the gold."""
        return self.right[name] / self.judged[name] if self.judged[name] else 1.0

    def headline(self) -> dict[str, float]:
        """The numbers the floors are pinned on."""
        return {"f1": self.prf()[2], **{name: self.accuracy(name) for name in FIELDS}}


def load_gold(path: str | Path) -> list[Passage]:
    """Read and validate a gold JSONL file; GoldError names the first bad line."""
    passages, seen = [], set()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror})") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg})") from None
        passage = _validate(obj, where)
        if passage.id in seen:
            raise GoldError(f"{where}: duplicate id {passage.id!r}")
        seen.add(passage.id)
        passages.append(passage)
    if not passages:
        raise GoldError(f"{path}: no passages")
    return passages


def _validate(obj: object, where: str) -> Passage:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected an object")
    for key in ("id", "text", "published", "figures"):
        if key not in obj:
            raise GoldError(f"{where}: missing {key!r}")
    try:
        published = date.fromisoformat(obj["published"])
    except (TypeError, ValueError):
        raise GoldError(f"{where}: bad published date {obj['published']!r}") from None
    text = obj["text"]
    for i, fig in enumerate(obj["figures"]):
        at = f"{where}: figure {i + 1}"
        if fig.get("metric") not in METRICS:
            raise GoldError(f"{at}: unknown metric {fig.get('metric')!r}")
        if not isinstance(fig.get("value"), int) or fig["value"] < 0:
            raise GoldError(f"{at}: value must be a whole number")
        if fig.get("qualifier") not in QUALIFIERS:
            raise GoldError(f"{at}: unknown qualifier {fig.get('qualifier')!r}")
        if fig.get("scope") not in SCOPES:
            raise GoldError(f"{at}: unknown scope {fig.get('scope')!r}")
        if fig.get("as_of") and date.fromisoformat(fig["as_of"]) > published:
            raise GoldError(f"{at}: as_of {fig['as_of']} is after the published date")
        if fig.get("text") and fig["text"] not in text:
            raise GoldError(f"{at}: text {fig['text']!r} is not in the passage")
    for neg in obj.get("negatives", []):
        if neg not in text:
            raise GoldError(f"{where}: negative {neg!r} is not in the passage")
    return Passage(
        id=str(obj["id"]), text=text, published=published, title=obj.get("title"),
        url=obj.get("url"), figures=obj["figures"], optional=obj.get("optional", []),
        negatives=obj.get("negatives", []),
    )  # fmt: skip


def same_source(gold: str | None, found: str | None) -> bool:
    """Whether two source names mean the same speaker, after normalising both.

    >>> same_source("AAPP", "Assistance Association for Political Prisoners")
    True
    >>> same_source("rights activist", "activist"), same_source(None, "police")
    (True, False)
    """
    if not gold or not found:
        return not gold and not found
    a = (canonical(gold) or gold).lower()
    b = (canonical(found) or found).lower()
    if a == b:
        return True
    wa, wb = _words(a), _words(b)
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    return _initials(gold) == found.lower() or _initials(found) == gold.lower()


def _words(name: str) -> set[str]:
    """The words of a name, each without a plural 's': "refugees ministry" is "refugee ministry"."""
    return {re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.findall(r"\w+", name)}


def _initials(name: str) -> str:
    """ "Committee to Protect Journalists" -> "cpj", "Inter-American Commission on Human Rights" ->
    "iachr": an acronym names the same body."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()).lower()


def score(passages: list[Passage]) -> Score:
    """Run extraction over every passage and compare with the gold, metric by metric."""
    result = Score(passages=len(passages))
    for p in passages:
        found = extract(p.text, p.published, p.title, p.url)
        _score_passage(p, found, result)
    return result


def _score_passage(p: Passage, found: list[Figure], result: Score) -> None:
    left = list(found)
    for gold in p.figures:
        hit = next((f for f in left if f.metric == gold["metric"] and f.value == gold["value"]), None)
        if hit is None:
            result.fn[gold["metric"]] += 1
            result.misses.append(
                Miss(p.id, "missed", gold["metric"], gold["value"], _sentence_of(p.text, gold))
            )
            continue
        left.remove(hit)
        result.tp[gold["metric"]] += 1
        _judge_fields(p, gold, hit, result)
    optional = [(o["metric"], o["value"]) for o in p.optional]
    for f in left:
        if (f.metric, f.value) in optional:
            optional.remove((f.metric, f.value))
            continue
        result.fp[f.metric] += 1
        result.negatives_hit += any(neg in f.quote for neg in p.negatives if
                                    p.text[f.start:f.end].strip() in neg)  # fmt: skip
        result.misses.append(Miss(p.id, "false", f.metric, f.value, f.quote, f.rule))


def _judge_fields(p: Passage, gold: dict, hit: Figure, result: Score) -> None:
    checks = {
        "qualifier": gold.get("qualifier") == hit.qualifier,
        "scope": gold.get("scope") == hit.scope,
        "source": same_source(gold.get("source"), hit.source),
        "as_of": (gold.get("as_of") or None) == (hit.as_of.isoformat() if hit.as_of else None),
    }
    for name, ok in checks.items():
        if name == "as_of" and "as_of" not in gold:
            continue
        result.judged[name] += 1
        result.right[name] += ok
        if not ok:
            got = getattr(hit, name)
            result.misses.append(
                Miss(p.id, f"wrong {name}", hit.metric, hit.value, hit.quote,
                     f"gold {gold.get(name)!r}, got {got.isoformat() if isinstance(got, date) else got!r}")
            )  # fmt: skip


def _sentence_of(text: str, gold: dict) -> str:
    """The sentence a gold figure's words stand in, as the extractor splits the passage."""
    at = text.find(gold.get("text") or str(gold["value"]))
    spans = [(s, e) for s, e in split_sentences(text) if s <= at < e] if at >= 0 else []
    return text[spans[0][0] : spans[0][1]] if spans else text[:200]


def check_floors(result: Score, floors: dict[str, float]) -> list[str]:
    """The headline numbers that fell below their pinned floor, as readable lines."""
    numbers = result.headline()
    return [
        f"{name} {numbers[name]:.3f} is below its floor {floor:.3f}"
        for name, floor in floors.items()
        if numbers.get(name, 0.0) + 1e-9 < floor
    ]
