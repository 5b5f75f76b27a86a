"""Benchmark `tracker`: ingest throughput, peak memory and store size on a synthetic corpus,
our extractor against a naive quantulum3-on-every-sentence baseline, and CLI cold starts.

    .venv/bin/python bench/run.py                      # 1k and 10k documents
    .venv/bin/python bench/run.py --sizes 1000,10000,100000 --workers 4

Results are printed as a table and written to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tracker.extract import extract
from tracker.extract.sentences import split_sentences

OUT = Path(__file__).resolve().parent / "out"
TRACKER = str(Path(sys.executable).with_name("tracker"))
MB = 1024 * 1024

# --- the synthetic corpus -----------------------------------------------------------------

PLACES = [
    "Yangon", "Mandalay", "Bago", "Monywa", "Myitkyina", "Hpakant", "Dawei", "Kale",
    "Loikaw", "Lashio", "Sagaing", "Magway", "Hlaing Tharyar", "Thantlang", "Mindat",
]
OUTLETS = ["Asia Wire Service", "Yangon Dispatch", "Mekong Post", "Irrawaddy Monitor"]
SOURCES = [
    "the Assistance Association for Political Prisoners", "the AAPP", "the UN human rights office",
    "the United Nations", "state television MRTV", "the Global New Light of Myanmar",
    "the National Unity Government", "residents", "a rescue worker", "a local aid group",
    "witnesses", "a doctor at the township hospital", "the UN refugee agency",
]
WHEN = [
    "on Friday", "on Sunday", "on Monday", "earlier this week", "yesterday", "overnight",
    "on Saturday morning", "last week", "",
]
SINCE = ["since the coup", "since 1 February", "so far", "to date", "in total", "since the takeover"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 12: "a dozen", 24: "two dozen"}
QUALIFIERS = ["", "", "at least ", "more than ", "about ", "nearly ", "some ", "over ",
              "up to ", "an estimated "]

# Clauses by metric and scope; {n} is the number with its qualifier, {place} and {when} fill in.
EVENT = {
    "killed": ["{n} people were killed in {place} {when}", "security forces shot dead {n} "
               "protesters in {place} {when}", "{n} civilians died when troops opened fire in "
               "{place} {when}"],
    "injured": ["{n} people were wounded in {place} {when}", "{n} protesters were injured as "
                "police fired rubber bullets in {place} {when}"],
    "arrested": ["police arrested {n} people in {place} {when}", "{n} demonstrators were "
                 "rounded up in {place} {when}", "{n} people were detained during raids in "
                 "{place} {when}"],
    "released": ["{n} prisoners were freed from Insein prison {when}", "authorities released "
                 "{n} detainees in {place} {when}"],
    "charged": ["{n} people were charged with incitement in {place} {when}"],
    "sentenced": ["a military court sentenced {n} people to death in {place} {when}",
                  "{n} protesters were sentenced to three years in prison {when}"],
    "missing": ["{n} villagers remain missing after the raid on {place} {when}"],
}
CUMULATIVE = {
    "killed": ["the death toll {since} has risen to {n}", "{n} people have been killed {since}",
               "the number of people killed by security forces {since} reached {n}"],
    "arrested": ["{n} people have been arrested {since}", "arrests {since} now number {n}"],
    "detained": ["{n} people remain in detention", "{n} people are still held {since}"],
    "displaced": ["{n} people have been displaced {since}", "fighting has forced {n} people "
                  "from their homes {since}"],
}
DISTRACTORS = [
    "A {age}-year-old student was among those shot in the head.",
    "Prices of cooking oil have risen by about {pct} per cent, shopkeepers said.",
    "The kyat has lost {pct}% of its value against the dollar.",
    "A sack of rice now sells for more than {money} kyats.",
    "The military ruled the country for nearly {decades} years before {year}.",
    "Troops fired at least {rounds} rounds of tear gas and deployed {vehicles} armoured vehicles.",
    "The junta has promised elections in {future}.",
    "Protesters marked the {ordinal} day of the general strike.",
    "The {year} uprising was crushed by the army.",
    "Internet access was cut for {hours} hours.",
]
FILLERS = [
    "Shops in the commercial district stayed shut.", "Banks remained largely closed.",
    "Families buried their dead under heavy security.", "The junta did not respond to "
    "requests for comment.", "Video posted on social media showed soldiers firing on crowds.",
    "Diplomats called for restraint.", "Mobile data services remained suspended.",
    "Residents put up barricades of sandbags and bamboo.",
]
HEADLINES = [
    "{place}: security forces open fire on protesters", "Toll rises as crackdown widens",
    "Arrests mount in {place} after night raids", "Thousands flee fighting near {place}",
    "Military court hands down sentences", "Prisoners freed in amnesty",
]


def number(rng: random.Random, low: int, high: int) -> str:
    """A count as a report writes it: digits with commas, a word, a range or a million."""
    n = rng.randint(low, high)
    roll = rng.random()
    if n in WORDS and roll < 0.5:
        return WORDS[n]
    if high >= 100_000 and roll < 0.2:
        return f"{rng.choice([1.1, 1.2, 1.5, 2.3])} million"
    if roll < 0.1:
        return f"between {n:,} and {n + rng.randint(2, max(3, n // 5)):,}"
    return rng.choice(QUALIFIERS) + f"{n:,}"


def attributed(rng: random.Random, clause: str) -> str:
    source = rng.choice(SOURCES)
    said = rng.choice(["said", "reported", "said on Friday"])
    form = rng.random()
    if form < 0.4:
        text = f"{clause}, {source} {said}."
    elif form < 0.7:
        text = f"{source} {said} {clause}."
    elif form < 0.9:
        text = f"{clause}, according to {source}."
    else:
        text = f"{clause}."
    return text[0].upper() + text[1:]


def figure_sentence(rng: random.Random) -> str:
    if rng.random() < 0.5:
        metric = rng.choice(list(EVENT))
        clause = rng.choice(EVENT[metric]).format(
            n=number(rng, 1, 60), place=rng.choice(PLACES), when=rng.choice(WHEN)
        )
    else:
        metric = rng.choice(list(CUMULATIVE))
        high = 250_000 if metric == "displaced" else 12_000
        clause = rng.choice(CUMULATIVE[metric]).format(
            n=number(rng, 100, high), since=rng.choice(SINCE)
        )
    return attributed(rng, " ".join(clause.split()))


def distractor(rng: random.Random) -> str:
    return rng.choice(DISTRACTORS).format(
        age=rng.randint(7, 70), pct=rng.randint(5, 80), money=f"{rng.randint(20, 90) * 1000:,}",
        decades=rng.choice([40, 50, 60]), year=rng.choice([1962, 1988, 2007, 2011]),
        rounds=rng.randint(20, 200), vehicles=rng.randint(2, 12), future=rng.choice([2023, 2025]),
        ordinal=rng.choice(["third", "10th", "21st", "100th"]), hours=rng.choice([24, 48, 72]),
    )


def report(rng: random.Random, published: date) -> str:
    """One wire report: a headline, a dateline, figure sentences among distractors and filler."""
    place = rng.choice(PLACES)
    body = [figure_sentence(rng) for _ in range(rng.randint(1, 4))]
    body += [distractor(rng) for _ in range(rng.randint(1, 3))]
    body += rng.sample(FILLERS, rng.randint(1, 3))
    rng.shuffle(body)
    body[0] = f"{place.upper()}, {published:%B} {published.day} ({rng.choice(OUTLETS)}) - {body[0]}"
    cut = rng.randint(1, len(body))
    paragraphs = [" ".join(body[:cut]), " ".join(body[cut:])]
    headline = rng.choice(HEADLINES).format(place=place)
    return "\n\n".join([headline, *[p for p in paragraphs if p]])


def corpus(size: int, seed: int) -> Iterator[dict[str, str]]:
    """`size` distinct documents, the same for the same seed."""
    rng = random.Random(seed)
    seen: set[str] = set()
    start = date(2021, 2, 1)
    while len(seen) < size:
        published = start + timedelta(days=rng.randint(0, 1000))
        text = report(rng, published)
        if text not in seen:
            seen.add(text)
            yield {"id": f"bench-{len(seen)}", "text": text, "published": published.isoformat()}


def write_corpus(path: Path, size: int, seed: int) -> tuple[list[dict[str, str]], int]:
    docs = list(corpus(size, seed))
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc) + "\n")
    return docs, sum(len(split_sentences(d["text"])) for d in docs)


# --- measuring ----------------------------------------------------------------------------


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            pages = int((entry / "statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            continue
        pid = int(entry.name)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE")
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(children)
        frontier += children
    return sum(rss.get(p, 0) for p in tree)


def run_measured(cmd: list[str], log: Path) -> tuple[float, float, float]:
    """Run `cmd`; its wall seconds, the peak RSS MB of its largest process (from wait4),
    and the peak summed RSS MB of its process tree (polled, for --workers)."""
    peak_tree = 0
    with log.open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        done = threading.Event()

        def poll() -> None:
            nonlocal peak_tree
            while not done.wait(0.1):
                peak_tree = max(peak_tree, tree_rss(proc.pid))

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        poller.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{log.read_text()[-2000:]}")
    peak = usage.ru_maxrss * 1024 / MB  # ru_maxrss is in KiB on Linux
    return wall, peak, max(peak_tree / MB, peak)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def cli_time(args: list[str], repeat: int) -> float:
    return median_time(lambda: subprocess.run([TRACKER, *args], check=True,
                                              capture_output=True), repeat)


def accepts_workers() -> bool:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    help_text = subprocess.run([TRACKER, "ingest", "--help"], capture_output=True, text=True,
                               env=env, check=False).stdout
    return "--workers" in help_text


# --- the benchmarks -----------------------------------------------------------------------


def bench_ingest(size: int, seed: int, workers: int | None, tmp: Path) -> dict[str, Any]:
    docs_file = tmp / f"corpus-{size}.jsonl"
    docs, sentences = write_corpus(docs_file, size, seed)
    db = tmp / f"store-{size}.duckdb"
    cmd = [TRACKER, "ingest", str(docs_file), "--db", str(db)]
    if workers:
        cmd += ["--workers", str(workers)]
    wall, peak, peak_tree = run_measured(cmd, tmp / f"ingest-{size}.log")
    store = sum(p.stat().st_size for p in tmp.glob(f"store-{size}.duckdb*"))
    plot_s = cli_time(["plot", "--db", str(db), "--out", str(tmp / f"plot-{size}.png")], 1)
    report_s = cli_time(["report", "--db", str(db), "--out", str(tmp / f"report-{size}.png")], 1)
    return {
        "docs": len(docs), "sentences": sentences, "seconds": round(wall, 2),
        "docs_per_s": round(len(docs) / wall, 1), "sentences_per_s": round(sentences / wall, 1),
        "peak_rss_mb": round(peak, 1), "peak_tree_rss_mb": round(peak_tree, 1),
        "store_mb": round(store / MB, 2), "plot_s": round(plot_s, 2), "report_s": round(report_s, 2),
    }


def bench_baseline(docs: list[dict[str, str]], repeat: int) -> dict[str, Any]:
    """quantulum3 on every sentence against our extract, on the same documents, in-process."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    from quantulum3 import parser  # slow to import; only this benchmark needs it

    texts = [d["text"] for d in docs]
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t)]
    parsed = [(d["text"], date.fromisoformat(d["published"])) for d in docs]
    parser.parse(sentences[0])  # the first call loads quantulum3's data

    def naive() -> None:
        for sentence in sentences:
            parser.parse(sentence)

    def ours() -> None:
        for text, published in parsed:
            extract(text, published)

    naive_s, ours_s = median_time(naive, repeat), median_time(ours, repeat)
    return {
        "docs": len(docs), "sentences": len(sentences),
        "naive_docs_per_s": round(len(docs) / naive_s, 1),
        "ours_docs_per_s": round(len(docs) / ours_s, 1),
        "ratio_ours_over_naive": round(naive_s / ours_s, 1),
    }


def table(results: dict[str, Any]) -> str:
    rows = [f"{'docs':>8} {'sents':>8} {'secs':>8} {'docs/s':>8} {'sents/s':>9} "
            f"{'RSS MB':>7} {'tree MB':>8} {'store MB':>9} {'plot s':>7} {'report s':>8}"]
    for r in results["ingest"]:
        rows.append(f"{r['docs']:>8} {r['sentences']:>8} {r['seconds']:>8} {r['docs_per_s']:>8} "
                    f"{r['sentences_per_s']:>9} {r['peak_rss_mb']:>7} {r['peak_tree_rss_mb']:>8} "
                    f"{r['store_mb']:>9} {r['plot_s']:>7} {r['report_s']:>8}")
    b, c = results["baseline"], results["cold_start_s"]
    rows += [
        f"baseline on {b['docs']} docs ({b['sentences']} sentences), median of {results['repeat']}:",
        f"  naive quantulum3 {b['naive_docs_per_s']} docs/s, ours {b['ours_docs_per_s']} docs/s,"
        f" ours/naive = {b['ratio_ours_over_naive']}x",
        f"cold start (median of 5): tracker --help {c['help']}s, "
        f"tracker extract one report {c['extract']}s",
        f"workers: {results['workers'] or 'default'}; seed {results['seed']}; "
        f"total {results['total_s']}s",
    ]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000",
                    help="corpus sizes, comma-separated (the issue's full run: 1000,10000,100000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, help="pass --workers N to tracker ingest")
    ap.add_argument("--baseline-docs", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not Path(TRACKER).exists():
        sys.exit(f"{TRACKER} not found: run `make bench` or install the package in this venv")
    workers = args.workers
    if workers and not accepts_workers():
        print(f"tracker ingest has no --workers here; ignoring --workers {workers}")
        workers = None

    started = time.perf_counter()
    results: dict[str, Any] = {"seed": args.seed, "workers": workers, "repeat": args.repeat}
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmpdir:
        tmp = Path(tmpdir)
        results["ingest"] = []
        for size in (int(s) for s in args.sizes.split(",")):
            print(f"ingesting {size} documents ...", flush=True)
            results["ingest"].append(bench_ingest(size, args.seed, workers, tmp))
        print(f"baseline on {args.baseline_docs} documents ...", flush=True)
        docs = list(corpus(args.baseline_docs, args.seed))
        results["baseline"] = bench_baseline(docs, args.repeat)
        sample = tmp / "report.txt"
        sample.write_text(docs[0]["text"].replace("\n\n", f"\npublished: {docs[0]['published']}"
                                                  "\n\n", 1), encoding="utf-8")
        results["cold_start_s"] = {
            "help": round(cli_time(["--help"], 5), 3),
            "extract": round(cli_time(["extract", str(sample)], 5), 3),
        }
    results["total_s"] = round(time.perf_counter() - started, 1)
    print("\n" + table(results))
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'results.json'}")


if __name__ == "__main__":
    main()
