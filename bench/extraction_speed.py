#!/usr/bin/env python3
"""Speed of claim extraction alone (Document + extract_claims), with no reference base.

Part 1, news corpus. Generates (deterministically from --seed) a folder of
news-like English articles of 5-20 KB each, --megabytes in all (default 12),
in a temporary folder that is deleted afterwards, or in --keep DIR. The prose
is built from our own sentence templates, mostly words, with numbers of every
kind a newsroom writes: money with scale words and currencies ("4.5 trillion
yuan", "US$5bn", "HK$2.5 billion", "$1.2m"), percentages and changes ("up 4.3
percent year on year", "25 basis points"), counts in digits and words
("1,600 suppliers", "twenty-one expressways", "tens of thousands of people"),
units ("300 km", "350 km/h", "40°C", "1,200 sq km"), hedges, ranges, and
numbers that are not claims (datelines, dates, years, times, ordinals,
versions, phone numbers, URLs, section numbers). The files are read into
memory first; then extraction over all of them is timed with
time.perf_counter, best of --repeat runs. Prints files, MB, claims found,
seconds, MB/s and claims/s.

Part 2, adversarial text. Each input is ONE document (a single string):
  - "mix": every family below in one document, at each size (--sizes, MB,
    default 1 and 4); one line per size with seconds and MB/s, then the ratio
    t(4 MB) / t(1 MB) (linear is about 4);
  - each family on its own at the same sizes, as a table with seconds, MB/s,
    claims, peak memory and the ratio, so that a super-linear one shows up
    by name.
Each family is half pieces of the size named in the family's description
(a 5,000-digit run, 10,000 groups, 5,000 parentheses deep), one per
paragraph, and half one piece that grows with the document (a digit run of
half a megabyte), since a cost that grows with the length of one piece does
not show when only the number of pieces grows.

Every adversarial measurement runs in a child process with a time limit
(--timeout) and, where the platform allows, a memory limit (--memory), so
that a pathological input is reported ("timeout", "out of memory") instead of
hanging the machine. After a timeout at one size the larger sizes of that
family are skipped. A measurement is the best of --repeat runs, or fewer when
one run takes more than 10 s.

KB and MB are 10^3 and 10^6 bytes of UTF-8. Prints numbers only; asserts
nothing. Standard library plus the project.
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
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LONG_RUN = 10.0  # seconds: a run this long is not repeated

# --------------------------------------------------------------------------
# News prose: the pieces a sentence is made of
# --------------------------------------------------------------------------

CITIES = ["Nanning", "Chengdu", "Chongqing", "Kunming", "Guiyang", "Haikou", "Xiamen", "Fuzhou", "Wuhan",
          "Changsha", "Hefei", "Jinan", "Lanzhou", "Xining", "Hohhot", "Harbin", "Dalian", "Qingdao",
          "Penang", "Da Nang", "Cebu", "Surabaya", "Chiang Mai", "Vientiane", "Phnom Penh", "Mandalay"]
REGIONS = ["Guangxi", "Sichuan", "Yunnan", "Hainan", "Fujian", "Hubei", "Hunan", "Anhui", "Shandong",
           "Gansu", "Qinghai", "the Pearl River Delta", "the Yangtze River Delta", "the western region",
           "the province", "the municipality", "the coastal belt"]
COMPANIES = ["Harbourline Logistics", "Redstone Motors", "Bluewater Shipping", "Kestrel Semiconductor",
             "Jadeway Foods", "Northfield Power", "Silverpine Pharmaceuticals", "Lotus Grid", "Tidewater Steel",
             "Orchid Telecom", "Pinecrest Bank", "Summit Cement", "Meadowlark Textiles", "Ironbridge Rail",
             "Cloudpeak Software", "Amber Coast Airlines"]
PEOPLE = ["Li Wenjun", "Zhang Min", "Chen Haoran", "Nguyen Thi Lan", "Somchai Rattanakorn", "Maria Santos",
          "Ahmad Fauzi", "Wang Xiaoyu", "Liu Qing", "Tran Van Minh", "Sarah Ong", "David Lim", "Huang Jie",
          "Priya Nair", "Kenji Watanabe", "Zhou Yan"]
ROLES = ["an economist at", "a senior analyst with", "a spokesperson for", "the chief executive of",
         "a researcher at", "deputy director of", "a manager at", "the head of planning at",
         "a professor at", "a trader with"]
ORGS = ["the provincial commerce department", "Pinecrest Bank", "the city transport bureau",
        "the Institute of Regional Economics", "the port authority", "a Singapore-based consultancy",
        "the national statistics office", "the chamber of commerce", "the meteorological bureau",
        "the local health commission"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def num(r: random.Random, low: float, high: float, decimals: int = 0, commas: bool = True) -> str:
    value = r.uniform(low, high)
    if decimals:
        return f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    return f"{int(value):,}" if commas else str(int(value))


def hedge(r: random.Random) -> str:
    """A hedge and its space, or nothing (half the time)."""
    if r.random() < 0.5:
        return ""
    return r.choice(["more than", "over", "about", "nearly", "almost", "around", "roughly", "some",
                     "at least", "less than", "fewer than", "up to", "close to", "an estimated",
                     "in excess of", "approximately", "just under"]) + " "


def ordinal(r: random.Random, low: int = 2, high: int = 40) -> str:
    n = r.randint(low, high)
    if n <= 10 and r.random() < 0.5:
        return ORDINAL_WORDS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def money(r: random.Random) -> str:
    """An amount as a newsroom writes it, in one of many styles."""
    style = r.randrange(12)
    if style == 0:
        return f"{num(r, 1, 9.9, 1)} trillion yuan"
    if style == 1:
        return f"{num(r, 10, 999, r.choice([0, 1, 2]))} billion yuan"
    if style == 2:
        return f"US${r.randint(1, 40)}bn"
    if style == 3:
        return f"€{r.randint(2, 900)} million"
    if style == 4:
        return f"${num(r, 1, 9.9, 1)}m"
    if style == 5:
        return f"HK${num(r, 1, 99, 1)} billion"
    if style == 6:
        return f"{num(r, 1, 900, 1)} billion U.S. dollars"
    if style == 7:
        return f"RMB {num(r, 2, 500)} million"
    if style == 8:
        return f"£{num(r, 1, 20, 1)} billion"
    if style == 9:
        return f"{num(r, 100, 9000)} million yuan"
    if style == 10:
        return f"${num(r, 12, 950)} million"
    return f"S${num(r, 1, 9, 2)} billion"


def yuan_with_dollars(r: random.Random) -> str:
    """An amount in yuan with its dollar conversion in brackets."""
    billions = r.uniform(5, 900)
    dollars = billions / r.choice([7.1, 7.12, 7.18, 7.2])
    return (f"{billions:,.1f} billion yuan ({r.choice(['about ', 'roughly ', ''])}"
            f"{dollars:,.1f} billion U.S. dollars)")


def percent(r: random.Random, low: float = 0.3, high: float = 30.0) -> str:
    value = num(r, low, high, r.choice([0, 1, 1, 1, 2]))
    return r.choice([f"{value} percent", f"{value} percent", f"{value}%", f"{value} per cent"])


def rise(r: random.Random) -> str:
    """A change: 'up 4.3 percent year on year', 'fell by 2 percentage points'."""
    style = r.randrange(7)
    if style == 0:
        return f"up {percent(r)} year on year"
    if style == 1:
        return f"down {percent(r, 0.2, 12)} from a year earlier"
    if style == 2:
        return f"a {percent(r)} year-on-year increase"
    if style == 3:
        return f"{r.choice(['rose', 'grew', 'climbed'])} by {r.randint(1, 6)} percentage points"
    if style == 4:
        return f"{r.choice(['fell', 'dropped', 'declined'])} by {num(r, 0.1, 3, 1)} percentage points"
    if style == 5:
        return f"an increase of {percent(r)}"
    return f"a decline of {percent(r, 0.5, 15)}"


UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """0..99 in words: 'twenty-one'."""
    if n < 20:
        return UNITS[n]
    return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")


def count(r: random.Random, low: int = 3, high: int = 5000) -> str:
    """A count in digits (mostly with thousands separators), in words when small, or in millions."""
    value = r.randint(low, high)
    if value < 100 and r.random() < 0.4:
        return spell(value)
    if value >= 1_000_000 and r.random() < 0.5:
        return f"{value / 1e6:.1f} million"
    return f"{value:,}" if r.random() < 0.85 else str(value)


def crowd(r: random.Random) -> str:
    """A vague count: 'tens of thousands of'."""
    return r.choice(["tens of thousands of", "hundreds of", "thousands of", "dozens of", "a dozen",
                     "hundreds of thousands of", "scores of"])


def count_range(r: random.Random) -> str:
    low = r.randint(2, 40)
    high = low + r.randint(2, 30)
    return r.choice([f"{low}-{high}%", f"between {low} and {high} percent", f"{low} to {high} percent",
                     f"from {low} to {high} percent", f"{low}-{high} million"])


def unit_amount(r: random.Random) -> str:
    """A physical quantity with its unit."""
    return r.choice([
        f"{num(r, 20, 900)} km", f"{num(r, 2, 9.9, 1)} million tonnes", f"{r.randint(31, 44)}°C",
        f"{r.choice([250, 300, 350, 400])} km/h", f"{num(r, 150, 9000)} sq km", f"{num(r, 12, 800)} MW",
        f"{num(r, 1, 40, 1)} GW", f"{num(r, 200, 90000)} hectares", f"{num(r, 5, 95)} minutes",
        f"{r.randint(2, 14)} hours", f"{num(r, 10, 900)} square kilometres", f"{num(r, 2, 120)} kilometres",
        f"{num(r, 1, 60, 1)} billion kWh", f"{r.randint(2, 48)} months", f"{num(r, 100, 5000)} metres",
    ])


def date_phrase(r: random.Random) -> str:
    """A date, which is not a claim."""
    month = r.randrange(12)
    day = r.randint(1, 26)
    return r.choice([
        f"on {MONTHS[month]} {day}", f"from {SHORT_MONTHS[month]} {day} to {day + r.randint(2, 4)}",
        f"on {day} {MONTHS[month]}", f"on {r.choice(WEEKDAYS)}", f"in {MONTHS[month]} {r.randint(2015, 2024)}",
        f"by the end of {r.randint(2025, 2030)}", f"on {SHORT_MONTHS[month]} {day}, {r.randint(2019, 2024)}",
    ])


def clock(r: random.Random) -> str:
    return r.choice([f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(1, 11)}:{r.randint(0, 59):02d} a.m.",
                     f"{r.randint(1, 11)}:{r.choice(['00', '15', '30', '45'])} p.m."])


def phone(r: random.Random) -> str:
    return r.choice([f"{r.randint(200, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                     f"+86 {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                     f"({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}"])


def url(r: random.Random) -> str:
    site = r.choice(["stats.example.gov", "www.example.org", "news.example.com", "data.example.net"])
    return f"https://{site}/{r.choice(['reports', 'releases', 'data'])}/{r.randint(2019, 2024)}/{r.randint(1, 99):02d}"


def version(r: random.Random) -> str:
    return r.choice([f"version {r.randint(1, 9)}.{r.randint(0, 9)}", f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                     f"version {r.randint(2, 12)}"])


def section(r: random.Random) -> str:
    return r.choice([f"Section {r.randint(1, 12)}.{r.randint(1, 9)}", f"Article {r.randint(3, 120)}",
                     f"clause {r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}", f"Chapter {r.randint(2, 20)}"])


def period(r: random.Random) -> str:
    year = r.randint(2019, 2024)
    return r.choice([f"in the first half of {year}", f"in {year}", "last year", "in the first eight months",
                     f"in the third quarter of {year}", "so far this year", f"from January to July {year}",
                     f"since {year - r.randint(2, 9)}", "over the past decade", "in the year to June"])


def place(r: random.Random) -> str:
    return r.choice(CITIES + REGIONS)


def quote_by(r: random.Random) -> str:
    return f"{r.choice(PEOPLE)}, {r.choice(ROLES)} {r.choice(ORGS)}"


# --------------------------------------------------------------------------
# Sentence templates (our own wording); most sentences carry one or two numbers
# --------------------------------------------------------------------------

TEMPLATES = [
    lambda r: f"Exports from {place(r)} reached {money(r)} {period(r)}, {rise(r)}, according to customs figures released {date_phrase(r)}.",
    lambda r: f"Retail sales in {place(r)} rose {percent(r, 0.5, 12)} in {r.choice(MONTHS)}, slightly ahead of the {percent(r, 0.5, 12)} that economists polled by local media had pencilled in.",
    lambda r: f"The central bank trimmed its benchmark lending rate by {r.choice([10, 15, 25, 50])} basis points, its {ordinal(r, 2, 6)} cut of the cycle, in a move that most traders had expected.",
    lambda r: f"{r.choice(COMPANIES)} reported net profit of {money(r)} for the year, {rise(r)}, on revenue of {money(r)}.",
    lambda r: f"Its shares closed {r.choice(['up', 'down'])} {percent(r, 0.2, 9)} at HK${num(r, 2, 300, 2)} in Hong Kong, giving the group a market value of about {money(r)}.",
    lambda r: f"The jobless rate in {place(r)} eased to {num(r, 3, 7, 1)} percent from {num(r, 3, 7, 1)} percent a month earlier, the statistics office said.",
    lambda r: f"Officials expect consumer prices to rise {count_range(r)} over the coming year, though the cost of food and fuel remains a worry for poorer households.",
    lambda r: f"Foreign direct investment into {place(r)} totalled {hedge(r)}{yuan_with_dollars(r)} {period(r)}.",
    lambda r: f"The trade fair, the {ordinal(r, 5, 25)} of its kind, runs {date_phrase(r)} and has drawn {hedge(r)}{count(r, 300, 4000)} exhibitors from {count(r, 8, 60)} countries and regions.",
    lambda r: f"The {num(r, 40, 600)}-km railway cost {money(r)} and cuts the journey between {r.choice(CITIES)} and {r.choice(CITIES)} to {hedge(r)}{r.choice(['two hours', '90 minutes', 'three hours', '45 minutes', 'one hour'])}.",
    lambda r: f"Trains on the new line will run at up to {r.choice([250, 300, 350])} km/h once safety testing ends {date_phrase(r)}, the operator said.",
    lambda r: f"Since {r.randint(2010, 2019)} the province has opened {spell(r.randint(5, 40))} expressways and {count(r, 20, 900)} bridges, most of them in mountain areas that were once cut off for weeks during the rainy season.",
    lambda r: f"The airport handled {hedge(r)}{num(r, 2, 80, 1)} million passengers {period(r)}, {rise(r)}.",
    lambda r: f"Throughput at the port climbed to {num(r, 2, 60, 1)} million tonnes, while container traffic reached {num(r, 1, 30, 2)} million TEUs.",
    lambda r: f"Work on phase {r.randint(2, 4)} of the metro starts {date_phrase(r)}, and {count(r, 8, 40)} new stations are planned along its {num(r, 12, 80, 1)} km route.",
    lambda r: f"Temperatures reached {r.randint(35, 44)}°C in {r.choice(CITIES)} on {r.choice(WEEKDAYS)}, the highest reading since records began in {r.randint(1880, 1960)}.",
    lambda r: f"Floods forced tens of thousands of people from their homes and damaged {hedge(r)}{count(r, 300, 20000)} houses across {num(r, 150, 3000)} sq km of farmland and villages.",
    lambda r: f"The magnitude {num(r, 4, 7.5, 1)} quake struck at {clock(r)} local time at a depth of {r.randint(5, 40)} km, the seismic network said, and was felt as far away as {r.choice(CITIES)}.",
    lambda r: f"Firefighters have contained {percent(r, 10, 90)} of the blaze, which has burnt through {num(r, 200, 40000)} hectares of forest and scrub.",
    lambda r: f"Grain output came to {num(r, 10, 90, 1)} million tonnes, {hedge(r)}{percent(r, 0.5, 6)} more than the previous harvest, helped by mild weather in the spring.",
    lambda r: f"The wind farm's {count(r, 20, 300)} turbines have a combined capacity of {num(r, 50, 900)} MW, enough to power {hedge(r)}{count(r, 20000, 800000)} homes.",
    lambda r: f"Solar capacity added {period(r)} came to {num(r, 1, 60, 1)} GW, {rise(r)}.",
    lambda r: f"Power consumption rose {percent(r, 1, 12)} to {num(r, 20, 900, 1)} billion kWh {period(r)}, driven by factories and by air conditioning in the summer heat.",
    lambda r: f"The city plans to add {count(r, 2000, 40000)} school places and {count(r, 300, 5000)} hospital beds by {r.randint(2026, 2030)}, at a cost of {money(r)}.",
    lambda r: f"Average waits at community clinics fell from {r.randint(40, 90)} minutes to {r.randint(10, 35)} minutes after the booking app was introduced.",
    lambda r: f"Residents can call the hotline on {phone(r)} or file requests online at {url(r)} at any time of day.",
    lambda r: f"Under {section(r)} of the new rules, firms must report their emissions every {r.choice(['quarter', 'month', 'year'])} and publish the results on their websites.",
    lambda r: f"The app, now in {version(r)}, has been downloaded {hedge(r)}{num(r, 1, 90, 1)} million times since its launch.",
    lambda r: f"{r.choice(COMPANIES)} shipped {num(r, 1, 60, 1)} million handsets in the quarter, taking {percent(r, 2, 30)} of the market.",
    lambda r: f"Tickets cost {r.choice(['$', '€', '£'])}{r.randint(8, 120)} each and went on sale at {clock(r)} on {r.choice(WEEKDAYS)}, selling out within the hour.",
    lambda r: f"The museum, which opened in {r.randint(1950, 2015)}, welcomed {count(r, 20000, 900000)} visitors {period(r)}.",
    lambda r: f"{crowd(r).capitalize()} runners took part in the marathon, and the winner crossed the line {r.randint(30, 90)} seconds ahead of the rest of the field.",
    lambda r: f"The {ordinal(r, 2, 30)} round of talks is due to begin {date_phrase(r)}, and both sides say they hope to close the remaining gaps.",
    lambda r: f"Loans to small businesses grew {percent(r, 3, 25)} to {money(r)}, the regulator said in a statement posted at {clock(r)} on {r.choice(WEEKDAYS)}.",
    lambda r: f"Household income per person was {num(r, 18000, 60000)} yuan {period(r)}, {rise(r)}.",
    lambda r: f"The plant will employ {hedge(r)}{count(r, 300, 6000)} people and produce {num(r, 50, 800)},000 vehicles a year when it reaches full capacity.",
    lambda r: f"{r.choice(COMPANIES)} agreed to buy a {r.randint(10, 70)}% stake in a smaller rival for {money(r)}, {r.choice(['subject to', 'pending'])} approval by regulators.",
    lambda r: f"Bond yields rose {r.randint(3, 40)} basis points to {num(r, 1.5, 5, 2)}%, the highest level in {spell(r.randint(3, 30))} months.",
    lambda r: f"About {count(r, 500, 9000)} volunteers will help at the games, which open {date_phrase(r)} in {r.choice(CITIES)}.",
    lambda r: f"The expressway, {num(r, 60, 400)} kilometres long, links {spell(r.randint(3, 12))} counties and is expected to carry {count(r, 10000, 90000)} vehicles a day.",
    lambda r: f"Tourism revenue {period(r)} was {yuan_with_dollars(r)}, and visitor numbers rose {percent(r, 2, 40)}.",
    lambda r: f"Factory output grew {percent(r, 0.5, 9)} in {r.choice(MONTHS)}, slower than the {num(r, 1, 9, 1)} percent pace of the month before.",
    lambda r: f"The reservoir now holds {num(r, 1, 40, 1)} billion cubic metres of water, or {percent(r, 50, 99)} of its capacity, after weeks of steady rain upstream.",
    lambda r: f"Vaccination rates among children over {r.choice(['two', 'five', '12'])} reached {percent(r, 60, 98)}, the health commission said.",
    lambda r: f"The regulation takes effect {date_phrase(r)}, replacing rules that were first issued in {r.randint(1995, 2015)} and have been amended several times since.",
    lambda r: f"Sales of new-energy vehicles rose to {num(r, 100, 990)},{r.randint(100, 999)} units, a {percent(r, 10, 60)} share of all cars sold.",
    lambda r: f"Some {count(r, 40, 400)} cargo flights a week now link {r.choice(CITIES)} with {r.choice(CITIES)} and {r.choice(CITIES)}.",
    lambda r: f"The park covers {num(r, 200, 3000)} hectares, and a {num(r, 5, 40)} km cycle path runs around the lake.",
    lambda r: f"Rents in the city centre are {count_range(r)} higher than a year ago, according to estate agents.",
    lambda r: f"The budget sets aside {money(r)} for rural roads, {money(r)} for schools and {money(r)} for flood defences.",
    lambda r: f"{crowd(r).capitalize()} residents turned out on {r.choice(WEEKDAYS)} to watch the opening of the bridge, which took {spell(r.randint(3, 9))} years to build.",
    lambda r: f"Police said {crowd(r)} people had been moved to temporary shelters as the river rose {num(r, 1, 4, 1)} metres above the warning level.",
]

QUOTES = [
    "\"Demand has held up better than we feared, and our order books are full until the spring,\" said {who}.",
    "\"The hard part is finding enough skilled workers, especially welders and electricians,\" said {who}.",
    "\"We expect the pace to slow in the second half as the effect of the stimulus fades,\" said {who}.",
    "\"Nobody wants to be the last to cut prices,\" said {who}.",
    "\"It will take years before the benefits reach the smaller towns in the hills,\" said {who}.",
    "\"The numbers look good on paper, but margins are thin and many firms are still borrowing to stay afloat,\" said {who}.",
    "\"We have been asking for this for a long time, and we are glad that the government finally listened,\" said {who}.",
    "\"Travellers will notice the difference straight away,\" said {who}, in an interview.",
    "\"What matters now is whether households feel confident enough to spend,\" said {who}.",
    "\"There is still a lot of work to do on the details,\" said {who}, adding that the talks had been friendly.",
    "\"We are watching the weather very closely,\" said {who}.",
    "\"Our customers care about price first, and about everything else a long way after that,\" said {who}.",
]

BACKGROUND = [
    "The figures were published at a news conference in the provincial capital.",
    "Analysts said the data pointed to a gradual recovery rather than a sharp rebound.",
    "Local officials have promised to simplify the approval process for new projects and to cut the paperwork that small firms face.",
    "The plan still needs the approval of the national planning agency.",
    "Exporters of machinery and electronics have benefited most from the new routes.",
    "Some residents complained about noise and dust during construction, and a few families are still negotiating compensation.",
    "The company did not say how the deal would be financed.",
    "Economists warned that weaker demand abroad could weigh on the outlook for the rest of the year.",
    "The ministry did not give a forecast for the full year.",
    "Critics say the subsidies favour large state-owned firms over private ones.",
    "Smaller suppliers have struggled with rising costs for raw materials and with customers who pay late.",
    "The government has made the region a priority in its long-term development plans.",
    "Heavy rain is forecast for the south of the province later in the week.",
    "The talks are expected to cover tariffs, customs procedures and rules on investment.",
    "Farmers in the area have switched to higher-value crops such as fruit, flowers and tea.",
    "Much of the new housing on the edge of the city stands empty, according to local estate agents.",
    "Officials described the outlook as stable but uncertain.",
    "A second phase of the project is still under discussion.",
    "Rail freight has grown steadily since the corridor opened to traffic.",
    "The report also called for more spending on vocational training and basic research.",
    "Shopkeepers in the old town said business had picked up since the new bridge opened.",
    "The weather service has issued an orange alert for the coming days and advised people to stay indoors during the hottest hours.",
    "Several of the largest developers are still struggling to repay their debts.",
    "The new rules apply to companies of every size, although small firms have more time to comply.",
    "Environmental groups welcomed the decision but said the targets did not go far enough.",
    "The project was first proposed more than a decade ago but was delayed by disputes over land.",
    "Most of the goods are shipped onward by road to factories inland.",
    "The opposition has accused the government of spending too little on rural clinics.",
    "Investors will be watching the next set of trade figures closely.",
    "Engineers say the tunnel was the most difficult part of the route.",
]

HEADLINES = [
    "{place} trade grows despite weak global demand", "New rail link shortens trips across {place}",
    "Heat wave grips {place}", "{company} profit beats forecasts", "Central bank cuts rates again",
    "Floods force evacuations in {place}", "Wind and solar projects expand in {place}",
    "City unveils plan for schools and hospitals", "Talks on trade pact enter new round",
    "Visitors return to {place} as tourism recovers", "{company} to build new plant in {place}",
    "Factory output slows in {place}", "{company} shares slide after warning", "Port traffic hits record in {place}",
]


def paragraph(r: random.Random) -> str:
    """Two to five sentences, no sentence twice; about a third of them carry numbers."""
    sentences: list[str] = []
    for _ in range(r.randint(2, 5)):
        for _attempt in range(5):
            roll = r.random()
            if roll < 0.5:
                sentence = r.choice(TEMPLATES)(r)
            elif roll < 0.7:
                sentence = r.choice(QUOTES).format(who=quote_by(r))
            else:
                sentence = r.choice(BACKGROUND)
            if sentence not in sentences:
                break
        sentences.append(sentence)
    return " ".join(sentences)


def article(r: random.Random, target: int) -> str:
    """One story of about target bytes: dateline, headline, byline, paragraphs."""
    headline = r.choice(HEADLINES).format(place=place(r), company=r.choice(COMPANIES))
    year, month, day = r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)
    head = r.choice([
        f"{year}-{month:02d}-{day:02d} {r.randint(6, 23):02d}:{r.randint(0, 59):02d}\n{headline}",
        f"# {headline}\n\n{r.choice(CITIES).upper()}, {MONTHS[month - 1]} {day} --",
        f"{headline}\nBy {r.choice(PEOPLE)} | Updated {year}-{month:02d}-{day:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    ])
    parts = [head]
    size = len(head)
    while size < target:
        text = paragraph(r)
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def prose(seed: int, size: int) -> str:
    """About size characters of paragraphs of news prose (no headlines), separated by blank lines."""
    r = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        text = paragraph(r)
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)[:size]


def build_corpus(folder: Path, megabytes: float, seed: int) -> tuple[int, int]:
    """Write articles of 5-20 KB until there are megabytes of them; return (files, bytes)."""
    r = random.Random(seed)
    total = 0
    files = 0
    while total < megabytes * 1e6:
        data = article(r, r.randint(5000, 19000)).encode("utf-8")
        sub = folder / f"desk-{files // 250:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"story-{files:05d}.{'md' if r.random() < 0.4 else 'txt'}").write_bytes(data)
        total += len(data)
        files += 1
    return files, total


def numeral_share(texts: list[str]) -> float:
    """Tokens per token that holds a digit or is a number word (one in N)."""
    words = {spell(n) for n in range(100)} | {"tens", "hundreds", "thousands", "dozens", "dozen", "scores", "millions"}
    tokens = numeric = 0
    for text in texts:
        for token in text.split():
            tokens += 1
            if any(c.isdigit() for c in token) or token.strip(".,;:\"'()").lower() in words:
                numeric += 1
    return tokens / max(numeric, 1)


# --------------------------------------------------------------------------
# Adversarial families: (description, a piece of the named size, a piece of about n characters)
# --------------------------------------------------------------------------


def _repeat(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


FAMILIES = {
    "digit_runs": ('"1" * 5000, and one run of half the document',
                   lambda: "1" * 5000, lambda n: "1" * n),
    "comma_groups": ('"1,000,000,..." with 10,000 groups',
                     lambda: "1" + ",000" * 10_000, lambda n: "1" + _repeat(",000", n)),
    "space_groups": ('"1 000 000 ..." with 10,000 groups',
                     lambda: "1" + " 000" * 10_000, lambda n: "1" + _repeat(" 000", n)),
    "dot_groups": ('"1.1.1.1..." with 10,000 dots',
                   lambda: "1" + ".1" * 10_000, lambda n: "1" + _repeat(".1", n)),
    "exponent_fraction": ('"1e" + 5000 digits, "3/" + 5000 digits, "2 1/" + 5000 digits, "1e400"',
                          lambda: f"1e{'9' * 5000} 3/{'7' * 5000} {'1' * 5000}/3 2 1/{'3' * 5000} 1e400 1.5e-400",
                          lambda n: "1e" + "9" * n),
    "huge_amounts": ("amounts with 400 to 5,000 digits and a unit, and one of half the document",
                     lambda: f"The fund holds {'1' * 400} yuan, or US${'9' * 5000}bn, up {'1' * 5000} percent.",
                     lambda n: f"The fund holds {'1' * n} yuan."),
    "nested_parens": ('"((((5 percent))))" 5,000 deep',
                      lambda: "(" * 5000 + "5 percent" + ")" * 5000,
                      lambda n: "(" * (n // 2) + "5 percent" + ")" * (n // 2)),
    "hedge_repeats": ('"more than more than ... 5 percent", 1,000 hedges',
                      lambda: "more than " * 1000 + "5 percent", lambda n: _repeat("more than ", n) + "5 percent"),
    "scale_repeats": ('"5 million million million ...", 1,000 scale words',
                      lambda: "5" + " million" * 1000, lambda n: "5" + _repeat(" million", n)),
    "one_words": ('"one one one ...", 2,000 words',
                  lambda: "one " * 2000, lambda n: _repeat("one ", n)),
    "compound_words": ('"twenty-one twenty-one ...", 1,000 words',
                       lambda: "twenty-one " * 1000, lambda n: _repeat("twenty-one ", n)),
    "between_and": ('"between between 5 and and 7", and 1,000 of each',
                    lambda: "between between 5 and and 7. " * 50 + "between " * 1000 + "5" + " and" * 1000 + " 7",
                    lambda n: _repeat("between ", n // 2) + "5" + _repeat(" and", n // 2) + " 7"),
    "currency_signs": ('"$$$$$$5", 1,000 signs',
                       lambda: "$" * 1000 + "5", lambda n: "$" * n + "5"),
    "hyphen_chain": ('"5-5-5-5-...", 2,500 links',
                     lambda: "5" + "-5" * 2500, lambda n: "5" + _repeat("-5", n)),
    "long_word": ('one word of letters and no digit, "aaaa..." (a pasted blob)',
                  None, lambda n: "a" * n),
    "long_line": ("news prose on one line, no line breaks",
                  None, lambda n: prose(7, n).replace("\n\n", " ")),
    "no_sentence_end": ("news prose with no . ! ? sentence ends and no blank lines",
                        None, lambda n: prose(8, n).replace("\n\n", " ").replace(". ", ", ").replace("? ", ", ").replace("! ", ", ").rstrip(".")),
    "one_big_story": ("news prose in ordinary paragraphs, as one document",
                      None, lambda n: prose(9, n)),
    "dateline_entries": ('a live blog: "2024-08-13 22:52" on a line before each short entry',
                         lambda: "2024-08-13 22:52\nShares rose 3 percent to HK$12.40 by midday.\n\n",
                         None),
}


def family_text(name: str, size: int) -> str:
    """One document of about size characters of the family."""
    _, piece, grow = FAMILIES[name]
    if piece is None:
        return grow(size)
    if grow is None:
        unit = piece()
        return unit * max(1, size // len(unit))
    pieces: list[str] = []
    total = 0
    unit = piece()
    while total + len(unit) < size // 2:
        pieces.append(unit)
        total += len(unit) + 2
    pieces.append(grow(max(size - total - 2, 16)))
    return "\n\n".join(pieces)


def mix_text(size: int) -> str:
    """Every family in one document, each in an equal share, in a fixed order."""
    share = size // len(FAMILIES)
    return "\n\n".join(family_text(name, share) for name in FAMILIES)


# --------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------


def extraction():
    sys.path.insert(0, str(REPO))
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    return lambda path, text: extract_claims(Document(path, text))


def time_corpus(texts: list[tuple[str, str]], repeat: int) -> tuple[int, float]:
    extract = extraction()
    for path, text in texts[:20]:  # warm-up: compiled patterns, lazily built tables
        extract(path, text)
    best = float("inf")
    claims = 0
    for _ in range(repeat):
        claims = 0
        start = time.perf_counter()
        for path, text in texts:
            claims += len(extract(path, text))
        best = min(best, time.perf_counter() - start)
    return claims, best


def measure(which: str, size: int, repeat: int) -> dict:
    """In the child: build one document, time extraction over it, best of repeat runs."""
    text = mix_text(size) if which == "mix" else family_text(which, size)
    extract = extraction()
    extract("warm-up", "Trade rose 5 percent to 4.5 trillion yuan.")
    best = float("inf")
    runs = claims = 0
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            claims = len(extract(which, text))
            seconds = time.perf_counter() - start
            best = min(best, seconds)
            runs += 1
            if seconds > LONG_RUN:
                break
    except MemoryError:
        return {"error": "out of memory"}
    except Exception as error:
        return {"error": f"{type(error).__name__}: {str(error)[:60]}", "bytes": len(text.encode("utf-8"))}
    result = {"seconds": best, "runs": runs, "claims": claims, "bytes": len(text.encode("utf-8"))}
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result["peak_mb"] = peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6
    except ImportError:
        pass
    return result


def measure_in_child(which: str, size: int, repeat: int, timeout: float, memory_gb: float) -> dict:
    def limit_memory():  # runs in the child, POSIX only
        import resource

        limit = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    command = [sys.executable, str(Path(__file__).resolve()), "--measure", which, str(size), str(repeat)]
    posix = os.name == "posix"
    try:
        done = subprocess.run(command, check=False, capture_output=True, timeout=timeout, cwd=REPO,
                              preexec_fn=limit_memory if posix and memory_gb > 0 else None)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout > {timeout:g} s", "timeout": True, "limit": timeout}
    try:
        return json.loads(done.stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        stderr = done.stderr.decode("utf-8", "replace")
        if "MemoryError" in stderr or done.returncode in (-9, 137):
            return {"error": "out of memory"}
        last = stderr.strip().splitlines()[-1][:70] if stderr.strip() else f"exit code {done.returncode}"
        return {"error": last}


def cell(result: dict | None, width: int = 26) -> str:
    if result is None:
        return "skipped".ljust(width)
    if "error" in result:
        return result["error"][:width].ljust(width)
    mb = result["bytes"] / 1e6
    return f"{result['seconds']:8.3f} s {mb / result['seconds']:8.3f} MB/s".ljust(width)


def ratio(first: dict | None, second: dict | None) -> str:
    """t(second) / t(first); a lower bound when the second timed out."""
    if not (first and "seconds" in first and second):
        return "-"
    if "seconds" in second:
        return f"{second['seconds'] / first['seconds']:.1f}"
    if second.get("timeout"):
        return f">{second['limit'] / first['seconds']:.1f}"
    return "-"


def stopped(result: dict | None) -> bool:
    """Too slow or too big at this size: larger sizes are not tried."""
    return result is None or bool(result.get("timeout")) or "memory" in result.get("error", "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=12, help="size of the news corpus in MB (default: 12)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the news corpus (default: 1)")
    parser.add_argument("--keep", metavar="DIR", help="write the corpus to DIR (new or empty) and keep it")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement; the best counts (default: 3)")
    parser.add_argument("--sizes", default="1,4", help="adversarial document sizes in MB, comma-separated (default: 1,4)")
    parser.add_argument("--timeout", type=float, default=60,
                        help="seconds one adversarial measurement may take, in its child process (default: 60)")
    parser.add_argument("--memory", type=float, default=4,
                        help="memory limit in GiB of each adversarial child process, 0 for none (default: 4)")
    parser.add_argument("--only", choices=["corpus", "adversarial"], help="run one part only")
    parser.add_argument("--measure", nargs=3, metavar=("WHICH", "CHARS", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:  # the child process of one adversarial measurement
        which, size, repeat = args.measure
        print(json.dumps(measure(which, int(size), int(repeat))))
        return 0
    if args.megabytes <= 0 or args.repeat < 1:
        parser.error("--megabytes must be positive and --repeat at least 1")
    try:
        sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes: numbers of MB separated by commas, such as 1,4")
    print(f"python: {sys.executable} ({sys.version.split()[0]}); project: {REPO}")

    if args.only != "adversarial":
        run_corpus(args, parser)
    if args.only != "corpus":
        run_adversarial(args, sizes)
    return 0


def run_corpus(args, parser) -> None:
    if args.keep:
        folder = Path(args.keep).resolve()
        if folder.exists() and any(folder.iterdir()):
            parser.error(f"--keep {args.keep}: folder exists and is not empty")
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="factcheck-news-"))
    try:
        start = time.perf_counter()
        files, size = build_corpus(folder, args.megabytes, args.seed)
        built = time.perf_counter() - start
        texts = [(str(p), p.read_bytes().decode("utf-8")) for p in sorted(folder.rglob("*")) if p.is_file()]
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"news corpus: {files} files, {size:,} bytes ({size / files / 1e3:,.1f} KB/file), seed {args.seed}, "
          f"one numeral in {numeral_share([t for _, t in texts]):.1f} tokens, built in {built:.2f} s, "
          f"in {folder}{'' if args.keep else ' (deleted)'}")
    claims, seconds = time_corpus(texts, args.repeat)
    print()
    print(f"extraction over the news corpus (Document + extract_claims, texts in memory, best of {args.repeat})")
    print(f"  files        {files}")
    print(f"  MB           {size / 1e6:.3f}")
    print(f"  claims       {claims:,}")
    print(f"  seconds      {seconds:.3f}")
    print(f"  MB/s         {size / 1e6 / seconds:.3f}")
    print(f"  claims/s     {claims / seconds:,.0f}")


def run_adversarial(args, sizes: list[float]) -> None:
    chars = [int(mb * 1e6) for mb in sizes]
    label = [f"{mb:g} MB" for mb in sizes]
    limits = f"timeout {args.timeout:g} s, memory {args.memory:g} GiB" if args.memory else f"timeout {args.timeout:g} s"
    print()
    print(f"adversarial text, one document each, in a child process ({limits}), best of {args.repeat}")
    results = []
    for n, name in zip(chars, label):
        if results and stopped(results[-1]):
            print(f"  mix of all families, {name:>6}: skipped")
            continue
        result = measure_in_child("mix", n, args.repeat, args.timeout, args.memory)
        results.append(result)
        print(f"  mix of all families, {name:>6}: {cell(result)}"
              + (f" {result['claims']:,} claims" if "claims" in result else ""))
    if len(results) >= 2:
        print(f"  ratio t({label[-1]}) / t({label[0]}): {ratio(results[0], results[-1])} "
              f"(linear: {sizes[-1] / sizes[0]:g})")

    print()
    print("each family alone")
    header = f"  {'family':<18}" + "".join(f"{name:<26}" for name in label) + f"{'ratio':>7}  {'claims':>10}  {'peak MB':>8}"
    print(header)
    for family in FAMILIES:
        row = []
        for n in chars:
            if row and stopped(row[-1]):
                row.append(None)
                continue
            row.append(measure_in_child(family, n, args.repeat, args.timeout, args.memory))
        last = next((r for r in reversed(row) if r and "claims" in r), None)
        print(f"  {family:<18}" + "".join(cell(r) for r in row)
              + f"{ratio(row[0], row[-1]):>7}"
              + (f"  {last['claims']:>10,}  {last.get('peak_mb', 0):>8,.0f}" if last else ""))
    print()
    print(f"linear is a ratio of {sizes[-1] / sizes[0]:g}; families:")
    for family, (description, _, _) in FAMILIES.items():
        print(f"  {family:<18}{description}")


if __name__ == "__main__":
    sys.exit(main())
