#!/usr/bin/env python3
"""Throughput of `factcheck check` over a folder of many generated drafts.

Builds a corpus of drafts (in a temporary folder, deleted afterwards, unless
--keep is given) from sentence templates about the figures in reference/*.yaml,
with the numbers varied: money in yuan and dollars with conversions,
percentages, counts, durations, dates and ordinals; some numbers are right,
some are off, some files carry spelling typos. Then it:

  1. times `python -m factcheck check --format json FOLDER` as a subprocess and
     prints files, bytes, claims (from the JSON summary), seconds, files/s,
     KB/s and claims/s;
  2. times extraction alone in-process (Document + extract_claims over each
     file, texts already in memory) and prints MB/s.

Prints numbers only; asserts nothing. Standard library plus the project.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PRIMER = REPO / "examples" / "correct-draft.md"

# --------------------------------------------------------------------------
# Number formatting and variation
# --------------------------------------------------------------------------


def vary(r: random.Random, value: float, decimals: int = 0, right: float = 0.6) -> float:
    """The reference value most of the time; otherwise a wrong one (off by a factor, or digits swapped)."""
    if r.random() < right:
        return value
    if r.random() < 0.3:  # a typing slip: two neighbouring digits swapped
        text = f"{value:.{decimals}f}"
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if len(digits) >= 2:
            i = r.randrange(len(digits) - 1)
            a, b = digits[i], digits[i + 1]
            chars = list(text)
            chars[a], chars[b] = chars[b], chars[a]
            swapped = float("".join(chars))
            if swapped > 0:
                return swapped
    return round(value * r.choice([0.5, 0.8, 0.9, 0.95, 1.05, 1.1, 1.25, 1.5, 2.0]), decimals)


def fmt(value: float, decimals: int = 0, commas: bool = True) -> str:
    if decimals:
        return f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    return f"{round(value):,}" if commas else str(round(value))


# fmt: off
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 21: "twenty-one"}
# fmt: on
# fmt: off
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
# fmt: on


def count(r: random.Random, n: float) -> str:
    n = round(n)
    if n in WORDS and r.random() < 0.35:
        return WORDS[n]
    if n >= 1000 and n % 1000 == 0 and r.random() < 0.15:
        return f"{n // 1000} thousand"
    return fmt(n, commas=r.random() < 0.8)


def ordinal(r: random.Random, n: int) -> str:
    if n in ORDINALS and r.random() < 0.6:
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "1st", 2: "2nd", 3: "3rd"}.get(n % 10, "0th")[1:]
    return f"{n}{suffix}"


def pct(r: random.Random, v: float, decimals: int = 1) -> str:
    number = fmt(v, decimals)
    return r.choice([f"{number} percent", f"{number} percent", f"{number}%", f"{number} per cent"])


def scaled(billions: float, decimals: int) -> tuple[str, str]:
    """(number, scale word) for an amount in billions."""
    if billions >= 1000:
        return fmt(billions / 1000, max(decimals, 1) if billions % 1000 else 0), "trillion"
    if billions < 1:
        return fmt(billions * 1000, 0), "million"
    return fmt(billions, decimals), "billion"


def usd(r: random.Random, billions: float, decimals: int = 1) -> str:
    number, scale = scaled(billions, decimals)
    return r.choice(
        [
            f"{number} {scale} U.S. dollars",
            f"{number} {scale} U.S. dollars",
            f"{number} {scale} US dollars",
            f"${number} {scale}",
            f"US${number} {scale}",
            f"USD {number} {scale}",
            f"{number} {scale} dollars",
        ]
    )


def cny(r: random.Random, billions: float, decimals: int = 2) -> str:
    number, scale = scaled(billions, decimals)
    return r.choice(
        [f"{number} {scale} yuan", f"{number} {scale} yuan", f"RMB {number} {scale}", f"{number} {scale} renminbi", f"{number} {scale} RMB"]
    )


def cny_usd(r: random.Random, billions: float, decimals: int = 2, usd_decimals: int = 2) -> str:
    """An amount in yuan with a dollar conversion in brackets, usually at a plausible rate."""
    amount = vary(r, billions, decimals, right=0.7)
    if r.random() < 0.3:
        return cny(r, amount, decimals)
    rate = r.choice([7.1, 7.12, 7.18, 7.2, 7.08, 6.9, 7.0]) if r.random() < 0.85 else r.choice([1.0, 0.7, 70.0])
    hedge = r.choice(["about ", "about ", "around ", "roughly ", ""])
    return f"{cny(r, amount, decimals)} ({hedge}{usd(r, amount / rate, usd_decimals)})"


def hedge(r: random.Random, default: str = "more than") -> str:
    return r.choice([default, default, default, "over", "about", "nearly", ""]).strip()


def with_hedge(r: random.Random, text: str, default: str = "more than") -> str:
    word = hedge(r, default)
    return f"{word} {text}" if word else text


# --------------------------------------------------------------------------
# Sentence templates (our own wording) about the figures in reference/*.yaml
# --------------------------------------------------------------------------

MONTH_SPANS = [  # (prose, label) for periods the reference base uses
    ("From January to August 2024", "2024-01/2024-08"),
    ("In the first eight months of 2024", "2024-01/2024-08"),
    ("Between January and July 2024", "2024-01/2024-07"),
    ("In the first seven months of 2024", "2024-01/2024-07"),
]


def asean_trade_2023(r):
    lead = r.choice(
        ["Trade between China and ASEAN", "China-ASEAN trade", "Bilateral trade between China and ASEAN", "China's trade with ASEAN"]
    )
    verb = r.choice(["came to", "reached", "totalled", "stood at", "hit"])
    return f"{lead} {verb} {usd(r, vary(r, 911.7, 1))} in {r.choice(['2023', '2023', '2022'])}."


def asean_growth(r):
    return (
        f"Since 2013 that trade has grown by an average of {pct(r, vary(r, 7.5, 1))} a year, "
        f"{r.choice(['officials of the commerce ministry', 'ministry officials', 'the ministry'])} said."
    )


def asean_streaks(r):
    china = count(r, vary(r, 15, 0, 0.7))
    asean = count(r, vary(r, 4, 0, 0.7))
    return r.choice(
        [
            f"China has been ASEAN's largest trading partner for {china} consecutive years.",
            f"For {china} years running, ASEAN's biggest trading partner has been China, and for {asean} years "
            f"ASEAN has been China's top trading partner.",
            f"ASEAN has now been China's largest trading partner for {asean} years in a row.",
        ]
    )


def asean_2024(r):
    prose, _ = r.choice(MONTH_SPANS[:2])
    growth = pct(r, vary(r, 10, 0), 0)
    return (
        f"{prose}, China-ASEAN trade {r.choice(['totalled', 'reached', 'came to'])} "
        f"{cny_usd(r, 4500, 1, 0)}, {growth} more than a year earlier."
    )


def asean_2024_jan_jul(r):
    return (
        f"Customs figures put China-ASEAN trade in the first seven months of 2024 at "
        f"{cny(r, vary(r, 3920, 2))}, or {usd(r, vary(r, 546.6, 1))}, up {pct(r, vary(r, 10.5, 1))}."
    )


def asean_share(r):
    if r.random() < 0.5:
        return f"ASEAN accounted for {pct(r, vary(r, 15.8, 1))} of China's foreign trade in the first seven months of 2024."
    return f"From January to August 2021, ASEAN's share of China's foreign trade was {pct(r, vary(r, 14.5, 1))}."


def asean_investment(r):
    return (
        f"By July 2024, two-way investment between China and ASEAN had passed "
        f"{usd(r, vary(r, 400, 0), 0)}, {r.choice(['the ministry added', 'officials said', 'according to the ministry'])}."
    )


def asean_history(r):
    choice = r.randrange(5)
    if choice == 0:
        return f"Back in 1991, China-ASEAN trade amounted to just {usd(r, vary(r, 8.36, 2), 2)}."
    if choice == 1:
        return f"In 2014 China's trade with ASEAN reached {usd(r, vary(r, 480, 0), 0)}, up {pct(r, vary(r, 8.23, 2), 2)} from 2013."
    if choice == 2:
        return f"In the first half of 2015 bilateral trade was {usd(r, vary(r, 224, 0), 0)}, up {pct(r, vary(r, 1.6, 1))}."
    if choice == 3:
        return f"China-ASEAN trade came to {usd(r, vary(r, 685.28, 2), 2)} in 2020."
    return (
        f"Between January and August 2021, trade between China and ASEAN was {usd(r, vary(r, 553.92, 2), 2)}, "
        f"{pct(r, vary(r, 33.3, 1))} more than a year before."
    )


def asean_groupings(r):
    return r.choice(
        [
            f"RCEP brings together {count(r, vary(r, 15, 0, 0.7))} member countries.",
            f"ASEAN has {count(r, vary(r, 10, 0, 0.8))} member states.",
            f"Outside ASEAN, RCEP has {count(r, vary(r, 5, 0, 0.8))} members: China, Japan, South Korea, Australia and New Zealand.",
            f"The China-ASEAN Free Trade Area spans {count(r, vary(r, 11, 0, 0.8))} countries.",
            f"China's trade with each of Vietnam, Malaysia, Indonesia, Thailand and Singapore is now "
            f"{with_hedge(r, usd(r, vary(r, 100, 0), 0))}.",
        ]
    )


def cafta_round(r):
    n = int(vary(r, 9, 0, 0.7))
    return (
        f"Negotiators have just finished the {ordinal(r, n)} round of talks on CAFTA 3.0, which began "
        f"in {r.choice(['November 2022', 'Nov 2022', 'late 2022'])}."
    )


def expo(r):
    day = r.choice([24, 24, 24, 25])
    return (
        f"The {ordinal(r, 21)} China-ASEAN Expo opens in Nanning on "
        f"{r.choice([f'Sept {day}', f'September {day}', f'{day} September 2024'])}."
    )


def guangxi_2023(r):
    return f"Guangxi traded {cny_usd(r, 339.44, 2, 2)} with ASEAN in 2023, {r.choice(['a record', 'its highest ever', 'a new high'])}."


def guangxi_2024(r):
    prose, _ = r.choice(MONTH_SPANS[2:])
    if r.random() < 0.5:
        return f"{prose}, Guangxi's trade with ASEAN reached {cny_usd(r, 214.93, 2, 2)}, up {pct(r, vary(r, 24.3, 1))} year on year."
    return f"{prose}, Guangxi's total imports and exports came to {cny_usd(r, 401.33, 2, 2)}."


def greater_bay(r):
    return f"The Greater Bay Area includes {count(r, vary(r, 9, 0, 0.8))} Guangdong cities as well as Hong Kong and Macao."


def gaozhu(r):
    return r.choice(
        [
            f"The Gaozhu New Area was the {ordinal(r, int(vary(r, 1, 0, 0.8)))} inter-provincial new area in China.",
            f"Its joint service hall offers {with_hedge(r, count(r, vary(r, 100, 0)))} services.",
            f"The number of enterprises in the Gaozhu New Area has {r.choice(['doubled', 'doubled', 'tripled'])} since 2020.",
        ]
    )


def science(r):
    return r.choice(
        [
            f"Sichuan and Chongqing share {with_hedge(r, count(r, vary(r, 13000, 0)))} large instruments and pieces of equipment.",
            f"The two have planned and built {count(r, vary(r, 11, 0))} major national science and technology infrastructure facilities.",
            f"They have carried out {count(r, vary(r, 219, 0))} original and disruptive technology research projects.",
            f"Technology contracts signed in Sichuan and Chongqing are worth {with_hedge(r, cny_usd(r, 280, 0, 0))}.",
        ]
    )


def co_construction(r):
    if r.random() < 0.6:
        return (
            f"In the first half of 2024 the two carried out {count(r, vary(r, 300, 0))} major joint projects, "
            f"investing {with_hedge(r, cny_usd(r, 240, 0, 1))}."
        )
    return (
        f"From January to November 2023 they ran {count(r, vary(r, 248, 0))} co-construction projects worth {cny(r, vary(r, 370.97, 2))}."
    )


def gdp(r):
    return f"The Chengdu-Chongqing economic circle produced a GDP of {cny(r, vary(r, 5900, 1), 1)} in the first three quarters of 2023."


def autos(r):
    return r.choice(
        [
            f"The Sichuan-Chongqing car industry is the {r.choice(['third', 'third', '3rd', 'second'])}-largest cluster in China.",
            f"The region has {count(r, vary(r, 45, 0))} complete-vehicle makers and {with_hedge(r, count(r, vary(r, 1600, 0)))} supporting suppliers.",
            f"This year the two have built {pct(r, vary(r, 11, 0), 0)} of all cars made in China.",
            f"{r.choice(['More than', 'Over'])} {pct(r, vary(r, 80, 0), 0)} of the auto parts they use are made locally.",
            f"Sichuan and Chongqing are building {count(r, vary(r, 4, 0, 0.8))} trillion-yuan industrial clusters together.",
        ]
    )


def services(r):
    return r.choice(
        [
            f"Sichuan and Chongqing now run {count(r, vary(r, 311, 0))} joint public services.",
            f"A household registration transfer can be done {r.choice(['as fast as', 'in as little as', 'in'])} "
            f"{r.choice([f'{int(vary(r, 10, 0))} minutes', 'ten minutes', f'{int(vary(r, 10, 0))} mins'])}.",
            f"{with_hedge(r, pct(r, vary(r, 70, 0), 0)).capitalize()} of major hospitals accept each other's electronic health cards.",
            f"{count(r, vary(r, 28500, 0)).capitalize()} designated medical institutions settle insurance across the provincial line.",
        ]
    )


def transport(r):
    hours = r.choice(["two hours", "2 hours", "about two hours", "around 2 hours", "three hours"])
    return r.choice(
        [
            f"The two are linked by {count(r, vary(r, 6, 0, 0.8))} railway corridors and {count(r, vary(r, 21, 0))} expressways.",
            f"{count(r, vary(r, 4, 0, 0.8)).capitalize()} high-speed lines between their big cities are under construction.",
            f"Since the Bazhong-Nanchong high-speed line opened in June 2024, Bazhong is {hours} from Chengdu by train.",
            f"A resident of Chongqing says he can book a train ticket just {r.choice(['one hour', '1 hour', 'two hours'])} in advance.",
        ]
    )


def distractor(r):
    """Numbers the base knows nothing about."""
    return r.choice(
        [
            f"Engineers have finished {count(r, r.randint(3, 90))} new bridges over the Jialing River.",
            f"{count(r, r.randint(100, 4000)).capitalize()} delegations are expected at the expo.",
            f"The ferry across the river takes {r.randint(5, 45)} minutes.",
            f"A new cargo line will run {r.randint(2, 14)} trains a week to Vientiane.",
            f"The exhibition hall covers {fmt(r.randint(50, 400) * 1000)} square metres.",
            f"Ticket prices rose by {pct(r, r.randint(2, 30) / 2, 1)} last year.",
            f"The conference ran from 15:00 to {r.randint(16, 19)}:30 on 2024-09-11.",
            f"About {r.randint(2, 9)},{r.randint(100, 999)} journalists registered for the briefing.",
        ]
    )


FILLER = [
    "Officials described the outlook as steady.",
    "Analysts expect the pace to hold into next year.",
    "The figures were released at a press briefing in Beijing.",
    "Local firms say the new rules have cut paperwork.",
    "Exporters of fruit and electronics have gained the most.",
    "The two governments plan further joint work on logistics.",
    "Residents report shorter waits at service counters.",
    "Logistics companies are adding warehouses near the border.",
    "Not every sector has shared in the gains.",
    "The ministry did not give a forecast for the full year.",
]

# fmt: off
TOPICS = {
    "asean": [asean_trade_2023, asean_growth, asean_streaks, asean_2024, asean_2024_jan_jul, asean_share,
              asean_investment, asean_history, asean_groupings, cafta_round, expo],
    "guangxi": [guangxi_2023, guangxi_2024, greater_bay, asean_trade_2023, expo],
    "chengyu": [gaozhu, science, co_construction, gdp, autos, services, transport],
}
# fmt: on
TITLES = {
    "asean": ["China and ASEAN trade keeps growing", "A closer look at China-ASEAN trade", "ASEAN and China: the numbers"],
    "guangxi": ["Guangxi on ASEAN's doorstep", "Guangxi's trade with its neighbours"],
    "chengyu": ["Sichuan and Chongqing pull together", "One economic circle, two governments", "Life in the Chengdu-Chongqing circle"],
}

# Misspellings of the kind a spell checker flags, as edits (so that this file itself
# passes codespell): word -> (position, letters replaced, replacement).
# fmt: off
MISSPELLINGS = {"government": (5, 1, ""), "received": (3, 2, "ie"), "until": (4, 1, "ll"), "separate": (3, 1, "e"),
                "committee": (2, 1, ""), "occurred": (4, 1, ""), "beginning": (5, 1, ""), "which": (1, 1, ""),
                "their": (2, 2, "ie"), "because": (3, 2, "ua"), "between": (5, 1, ""), "growth": (2, 2, "wo")}
# fmt: on


def misspell(word: str) -> str:
    position, length, replacement = MISSPELLINGS[word]
    return word[:position] + replacement + word[position + length :]


def add_typos(r: random.Random, text: str, how_many: int) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
    for i in r.sample(candidates, min(how_many, len(candidates))):
        w = words[i]
        if w.lower() in MISSPELLINGS:
            words[i] = misspell(w.lower())
        else:  # swap two inner letters
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def paragraph(r: random.Random, topic: str) -> str:
    sentences: list[str] = []
    for _ in range(r.randint(2, 5)):
        for _attempt in range(5):  # avoid the same sentence twice in a paragraph
            roll = r.random()
            if roll < 0.7:
                sentence = r.choice(TOPICS[topic])(r)
            elif roll < 0.85:
                sentence = distractor(r)
            else:
                sentence = r.choice(FILLER)
            if sentence not in sentences:
                break
        sentences.append(sentence)
    return " ".join(sentences)


def draft(r: random.Random, markdown: bool) -> str:
    topics = list(TOPICS)
    main = r.choice(topics)
    day = date(2024, 8, 15) + timedelta(days=r.randrange(120))
    paragraphs = []
    for _ in range(r.randint(2, 6)):
        topic = main if r.random() < 0.7 else r.choice(topics)
        paragraphs.append(paragraph(r, topic))
    if r.random() < 0.15:
        paragraphs = [add_typos(r, p, r.randint(1, 3)) for p in paragraphs]
    width = r.choice([72, 78, 100, 10_000])  # 10,000: one line per paragraph
    body = "\n\n".join(textwrap.fill(p, width=width, break_on_hyphens=False, break_long_words=False) for p in paragraphs)
    title = r.choice(TITLES[main])
    if markdown:
        extra = ""
        if r.random() < 0.2:  # a fenced block: skipped by the checker
            extra = '\n\n```text\n$ factcheck check drafts/old.md\ndrafts/old.md:3:1 contradicted "917.1 billion"\n```\n'
        return f"---\ntitle: {title}\ndate: {day.isoformat()}\n---\n\n# {title}\n\n{body}\n{extra}"
    return f"{day.isoformat()} {r.randint(6, 22):02d}:{r.choice(['00', '15', '30', '45'])}\n{title}\n\n{body}\n"


def build_corpus(folder: Path, files: int, seed: int) -> tuple[int, int]:
    """Write the drafts into folder (in sub-folders of 200); return (files, bytes)."""
    r = random.Random(seed)
    total = 0
    for i in range(files):
        markdown = r.random() < 0.6
        sub = folder / f"batch-{i // 200:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = draft(r, markdown).encode("utf-8")
        (sub / f"draft-{i:05d}.{'md' if markdown else 'txt'}").write_bytes(data)
        total += len(data)
    return files, total


# --------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------


def time_check(folder: Path, env: dict, jobs: int = 1) -> tuple[float, dict | None, int, str, bytes]:
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--jobs", str(jobs), str(folder)]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    try:
        summary = json.loads(done.stdout)["summary"]
    except (ValueError, KeyError, TypeError):
        summary = None
    return seconds, summary, done.returncode, done.stderr.decode("utf-8", "replace"), done.stdout


def time_extraction(folder: Path) -> tuple[int, int, int, float]:
    sys.path.insert(0, str(REPO))
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    texts = [(str(p), p.read_bytes().decode("utf-8")) for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]
    for path, text in texts[:20]:  # warm-up: lazily built state, first-call costs
        extract_claims(Document(path, text))
    claims = 0
    start = time.perf_counter()
    for path, text in texts:
        claims += len(extract_claims(Document(path, text)))
    seconds = time.perf_counter() - start
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    return len(texts), size, claims, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000, help="number of drafts to generate (default: 2000)")
    parser.add_argument("--keep", metavar="DIR", help="write the drafts to DIR (new or empty) and keep them")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default: 1)")
    args = parser.parse_args()
    if args.files < 1:
        parser.error("--files must be at least 1")

    if args.keep:
        folder = Path(args.keep).resolve()
        if folder.exists() and any(folder.iterdir()):
            parser.error(f"--keep {args.keep}: folder exists and is not empty")
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="factcheck-corpus-"))
    cache = Path(tempfile.mkdtemp(prefix="factcheck-cache-"))
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)}
    try:
        start = time.perf_counter()
        files, size = build_corpus(folder, args.files, args.seed)
        built = time.perf_counter() - start
        print(
            f"corpus: {files} files, {size:,} bytes ({size / files:,.0f} bytes/file), "
            f"seed {args.seed}, built in {built:.2f} s, in {folder}{'' if args.keep else ' (deleted afterwards)'}"
        )
        print(f"python: {sys.executable} ({sys.version.split()[0]}); cwd for factcheck: {REPO}")

        # One small run first, so that the exchange-rate cache exists and .pyc files are compiled.
        subprocess.run(
            [sys.executable, "-m", "factcheck", "check", "--format", "json", str(PRIMER)], cwd=REPO, env=env, capture_output=True
        )
        seconds, summary, code, stderr, serial_report = time_check(folder, env)
        print()
        print("factcheck check --format json --jobs 1 FOLDER (subprocess, warm exchange-rate cache)")
        print(f"  exit code    {code}")
        if summary is None:
            print("  (no JSON summary on stdout)")
            if stderr.strip():
                print("  stderr: " + "\n          ".join(stderr.strip().splitlines()[-10:]))
        claims = summary["claims"] if summary else 0
        print(f"  files        {files}")
        print(f"  bytes        {size:,}")
        print(f"  claims       {claims:,}")
        print(f"  seconds      {seconds:.3f}")
        print(f"  files/s      {files / seconds:,.1f}")
        print(f"  KB/s         {size / 1e3 / seconds:,.1f}")
        print(f"  claims/s     {claims / seconds:,.1f}")
        if summary:
            verdicts = ", ".join(f"{k} {v}" for k, v in summary.items() if k not in ("files", "claims"))
            print(f"  verdicts     {verdicts}")
            if summary.get("files") != files:
                print(f"  note: the summary counts {summary.get('files')} files")

        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        for jobs in sorted({2, cores}):
            parallel_seconds, _, _, _, parallel_report = time_check(folder, env, jobs)
            print(
                f"  --jobs {jobs:<5} {parallel_seconds:.3f} s, {files / parallel_seconds:,.1f} files/s, "
                f"speed-up {seconds / parallel_seconds:.2f}x over --jobs 1 ({cores} cores here); "
                f"report {'identical' if parallel_report == serial_report else 'DIFFERENT'} to the serial one"
            )

        n, text_bytes, extracted, ex_seconds = time_extraction(folder)
        print()
        print("extraction alone, in-process (Document + extract_claims, texts in memory)")
        print(f"  files        {n}")
        print(f"  claims       {extracted:,}")
        print(f"  seconds      {ex_seconds:.3f}")
        print(f"  files/s      {n / ex_seconds:,.1f}")
        print(f"  MB/s         {text_bytes / 1e6 / ex_seconds:.3f}")
        print(f"  claims/s     {extracted / ex_seconds:,.1f}")
        print(f"  share of the check's time: {ex_seconds / seconds:.0%}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
