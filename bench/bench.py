#!/usr/bin/env python3
"""The easyguide benchmark: generated sites, alternating timed builds, a table and a chart.

Run it through bench/run.sh, which builds the binaries first. For each size it generates
an easyguide site and the same corpus for Hugo (and Zola), then times, with GNU time:

  clean build       no output, no cache, every check on
  checks off        the same with `--checks none`, when the binary has such a flag
  no-change rebuild output and cache from the build before
  one guide edited  one guide's text changed since the build before
and, on a site of photos shared by the guides:
  pictures cold     empty picture cache
  pictures warm     cache kept from the build before, output folder removed

Every scenario runs each tool in turn (easyguide, baseline, hugo, zola, easyguide, ...),
`--runs` times, after one untimed warm-up round for clean builds; the table gives medians.
Python standard library only; no network.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
EDIT = "\nThis guide was checked again by the team.\n"


def main():
    args = parse_args()
    if args.redraw:
        return redraw(args.redraw)
    tools = make_tools(args)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    started = datetime.datetime.now()
    args.load_start = os.getloadavg()[0]
    rows = []
    stages = {}
    for pages in args.sizes:
        guides = max(1, pages // args.langs)
        sites = generate(args, work, f"pages-{pages}", guides, args.langs, 0, tools)
        rows += page_scenarios(args, tools, sites, pages)
        stages[pages] = stage_breakdown(tools, sites)
    if args.picture_guides > 0:
        sites = generate(args, work, "pictures", args.picture_guides, args.picture_langs,
                         args.photos, tools)
        rows += picture_scenarios(args, tools, sites)
    report = markdown(args, tools, rows, stages, started)
    print(report)
    save(args, report, chart(rows, tools))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--easyguide", help="the easyguide binary to measure")
    p.add_argument("--baseline", help="an older easyguide binary, measured in the same runs")
    p.add_argument("--gen", help="the gen-site example binary")
    p.add_argument("--redraw", metavar="RESULTS.md",
                   help="only draw the chart again from a saved table, beside it")
    p.add_argument("--sizes", default="1000,5000",
                   help="pages per site, comma-separated (default 1000,5000; "
                        "the issue's set is 1000,10000,100000)")
    p.add_argument("--all", action="store_true", help="sizes 1000,5000,10000,100000")
    p.add_argument("--langs", type=int, default=5, help="languages per site (default 5)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per tool and scenario")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--picture-guides", type=int, default=200,
                   help="guides of the picture site (default 200; 0 skips it)")
    p.add_argument("--picture-langs", type=int, default=2)
    p.add_argument("--photos", type=int, default=50, help="shared 1600x1200 photos (default 50)")
    p.add_argument("--no-hugo", action="store_true", help="leave Hugo out even if installed")
    p.add_argument("--no-zola", action="store_true", help="leave Zola out even if installed")
    p.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "easyguide-bench"),
                   help="where the sites are generated (replaced on every run)")
    p.add_argument("--results", default=os.path.join(HERE, "results"),
                   help="where the table and chart are saved (default bench/results)")
    args = p.parse_args()
    if not args.redraw and not (args.easyguide and args.gen):
        p.error("--easyguide and --gen are needed (bench/run.sh gives them)")
    args.sizes = [1000, 5000, 10000, 100000] if args.all else \
        [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.runs < 1 or args.langs < 1:
        p.error("--runs and --langs must be at least 1")
    return args


# Tools ------------------------------------------------------------------------------------

class Tool:
    """One site generator: how to build a site, what its caches are, what it can do."""

    def __init__(self, name, kind, binary):
        self.name, self.kind, self.binary = name, kind, binary
        self.help = ""
        self.version = ""

    def site(self, sites):
        return sites[self.name if self.kind == "easyguide" else self.kind]

    def out(self, sites):
        return os.path.join(sites["dir"], "out-" + self.name)

    def command(self, sites, extra=()):
        site, out = self.site(sites), self.out(sites)
        if self.kind == "easyguide":
            return [self.binary, "build", "--root", site, "--output", out, "--color", "never",
                    *extra]
        if self.kind == "hugo":
            return [self.binary, "--source", site, "--destination", out, "--quiet"]
        return [self.binary, "--root", site, "build", "--output-dir", out, "--force"]

    def caches(self, sites):
        """The folders a build keeps its picture work in between builds."""
        site = self.site(sites)
        return {
            "easyguide": [os.path.join(site, ".easyguide-cache")],
            "hugo": [os.path.join(site, "resources")],
            "zola": [os.path.join(site, "static", "processed_images")],
        }[self.kind]

    def can(self, flag):
        return self.kind == "easyguide" and flag in self.help


def make_tools(args):
    tools = [Tool("easyguide", "easyguide", os.path.abspath(args.easyguide))]
    if args.baseline:
        tools.append(Tool("baseline", "easyguide", os.path.abspath(args.baseline)))
    for kind, off in (("hugo", args.no_hugo), ("zola", args.no_zola)):
        found = shutil.which(kind)
        if found and not off:
            tools.append(Tool(kind, kind, found))
    for tool in tools:
        if tool.kind == "easyguide":
            tool.help = capture([tool.binary, "build", "--help"])
            tool.version = capture([tool.binary, "--version"]).strip()
        else:
            tool.version = capture([tool.binary, "version" if tool.kind == "hugo"
                                    else "--version"]).strip()
    return tools


def capture(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


# Sites ------------------------------------------------------------------------------------

def generate(args, work, name, guides, langs, photos, tools):
    """Generates one corpus: an easyguide site per easyguide binary (each keeps its own
    cache), and the Hugo and Zola sites."""
    top = os.path.join(work, name)
    shutil.rmtree(top, ignore_errors=True)
    os.makedirs(top)
    sites = {"dir": top, "guides": guides, "langs": langs}
    cmd = [args.gen, "--guides", str(guides), "--langs", str(langs), "--pictures", str(photos),
           "--seed", str(args.seed), "--out", os.path.join(top, "easyguide")]
    kinds = {t.kind for t in tools}
    for kind in ("hugo", "zola"):
        if kind in kinds:
            cmd += ["--" + kind, os.path.join(top, kind)]
            sites[kind] = os.path.join(top, kind)
    log(f"generating {name}: {guides} guides x {langs} languages, {photos} photos")
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"gen-site failed:\n{out.stderr}")
    log("  " + out.stdout.strip())
    sites["easyguide"] = os.path.join(top, "easyguide")
    for tool in tools:
        if tool.kind == "easyguide" and tool.name != "easyguide":
            sites[tool.name] = os.path.join(top, tool.name)
            # cp -a keeps the shared photos as hard links, as the generator wrote them.
            subprocess.run(["cp", "-a", sites["easyguide"], sites[tool.name]], check=True)
    return sites


def first_guide(sites, site):
    content = os.path.join(site, "content")
    slug = sorted(d for d in os.listdir(content) if not d.startswith("_"))[0]
    return os.path.join(content, slug, "index.md")


def edit(path, run):
    """Adds the edit on even runs and takes it away on odd ones, so every timed build sees
    one guide changed since the build before. Written beside and renamed, like an editor."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text + EDIT if run % 2 == 0 else text.replace(EDIT, "")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def clean(tool, sites, caches=True):
    shutil.rmtree(tool.out(sites), ignore_errors=True)
    if caches:
        for cache in tool.caches(sites):
            shutil.rmtree(cache, ignore_errors=True)


# Measuring --------------------------------------------------------------------------------

class Failed(Exception):
    """A build that did not finish: its exit code and the first error it printed."""


def measure(tool, sites, extra=(), env=None):
    """One build under GNU time: wall seconds (from this process's clock), CPU seconds
    (user + system, the build and its children) and peak resident memory."""
    cmd = tool.command(sites, extra)
    path = os.path.join(sites["dir"], f"{tool.name}.log")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times, open(path, "w") as logfile:
        began = time.perf_counter()
        code = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", times.name, *cmd],
                              stdout=logfile, stderr=subprocess.STDOUT,
                              env=dict(os.environ, NO_COLOR="1", **(env or {}))).returncode
        wall = time.perf_counter() - began
        fields = times.read().split()
    if code != 0:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        first = next((l for l in text.splitlines() if "error" in l.lower()), text[-300:])
        # The work folder's path says nothing to a reader of the table.
        first = first.replace(sites["dir"] + os.sep, "").strip()
        raise Failed(f"exit {code}: {first}")
    user, system, rss_kb = float(fields[-3]), float(fields[-2]), int(fields[-1])
    return {"wall": wall, "cpu": user + system, "rss": rss_kb / 1024}


def pages_of(tool, sites):
    """HTML pages in the output (a redirect page counts, as it is a file the tool wrote)."""
    count = 0
    for _, _, files in os.walk(tool.out(sites)):
        count += sum(1 for f in files if f.endswith(".html"))
    return count


def alternate(tools, sites, runs, before, env=None):
    """`runs` rounds of every tool in turn; `before(tool, run)` prepares each build and
    returns the extra arguments, or None to leave the tool out. A tool whose build fails
    is left out of the later rounds, and its result is the failure."""
    results = {t.name: [] for t in tools}
    for run in range(runs):
        for tool in tools:
            if isinstance(results[tool.name], Failed):
                continue
            extra = before(tool, run)
            if extra is None:
                continue
            try:
                results[tool.name].append(measure(tool, sites, extra, env))
            except Failed as failure:
                log(f"  {tool.name} failed: {failure}")
                results[tool.name] = failure
    return results


def scenario(rows, label, size, tools, results, counts):
    for tool in tools:
        runs = results.get(tool.name)
        if isinstance(runs, Failed):
            rows.append({"scenario": label, "size": size, "tool": tool.name,
                         "missing": f"failed ({runs})"})
        elif runs:
            rows.append({
                "scenario": label, "size": size, "tool": tool.name, "kind": tool.kind,
                "pages": counts.get(tool.name, 0),
                "wall": statistics.median(r["wall"] for r in runs),
                "cpu": statistics.median(r["cpu"] for r in runs),
                "rss": statistics.median(r["rss"] for r in runs),
                "spread": (min(r["wall"] for r in runs), max(r["wall"] for r in runs)),
                "runs": len(runs),
            })


def warm_up(tools, sites, env=None):
    """One untimed clean build of every tool; a tool that fails is retried on one thread
    (see picture_scenarios) and dropped if that fails too."""
    for tool in tools:
        clean(tool, sites)
        try:
            measure(tool, sites, (), env)
        except Failed as failure:
            log(f"  warm-up: {tool.name} failed: {failure}")


def page_scenarios(args, tools, sites, pages):
    rows = []
    log(f"{pages} pages: warm-up round")
    warm_up(tools, sites)
    counts = {t.name: pages_of(t, sites) for t in tools}

    def fresh(tool, run):
        clean(tool, sites)
        return ()
    log(f"{pages} pages: clean builds")
    scenario(rows, "clean build, every check", pages, tools,
             alternate(tools, sites, args.runs, fresh), counts)

    def checks_off(tool, run):
        if not tool.can("--checks"):
            return None
        clean(tool, sites)
        return ("--checks", "none")
    if any(t.can("--checks") for t in tools):
        log(f"{pages} pages: checks off")
        scenario(rows, "clean build, checks off", pages, tools,
                 alternate(tools, sites, args.runs, checks_off), counts)
    else:
        rows.append({"scenario": "clean build, checks off", "size": pages, "tool": "easyguide",
                     "missing": "no `--checks` flag in `easyguide build --help`"})

    warm_up(tools, sites)  # the state a rebuild starts from
    log(f"{pages} pages: no-change rebuilds")
    scenario(rows, "no-change rebuild", pages, tools,
             alternate(tools, sites, args.runs, lambda tool, run: ()), counts)

    def edited(tool, run):
        edit(first_guide(sites, tool.site(sites)), run)
        return ()
    log(f"{pages} pages: one guide edited")
    scenario(rows, "one guide edited", pages, tools,
             alternate(tools, sites, args.runs, edited), counts)
    return rows


def picture_scenarios(args, tools, sites):
    """Cold and warm picture work. easyguide builds that fail cold on two threads (two
    guides sharing a photo race for one temporary cache file: issue 14) are measured again
    on one thread (RAYON_NUM_THREADS=1), in a row of their own."""
    rows = []
    label = f"{args.photos} photos, {sites['guides']} guides x {sites['langs']} languages"
    log("pictures: warm-up round")
    warm_up(tools, sites, {"RAYON_NUM_THREADS": "1"})
    counts = {t.name: pages_of(t, sites) for t in tools}

    def cold(tool, run):
        clean(tool, sites)
        return ()

    def warm(tool, run):
        clean(tool, sites, caches=False)
        return ()
    log("pictures: cold")
    results = alternate(tools, sites, args.runs, cold)
    scenario(rows, "pictures cold", label, tools, results, counts)
    failed = [t for t in tools if isinstance(results[t.name], Failed) and t.kind == "easyguide"]
    if failed:
        log("pictures: cold, one thread, for " + ", ".join(t.name for t in failed))
        single = alternate(failed, sites, args.runs, cold, {"RAYON_NUM_THREADS": "1"})
        scenario(rows, "pictures cold, 1 thread", label, failed, single, counts)
    log("pictures: warm")
    scenario(rows, "pictures warm", label, tools, alternate(tools, sites, args.runs, warm),
             counts)
    outputs = {t.name: output_size(t.out(sites)) for t in tools}
    for row in rows:
        row["output"] = outputs.get(row["tool"])
    return rows


def output_size(folder):
    files, size = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size


def stage_breakdown(tools, sites):
    """The per-stage hook: a binary whose `build --help` lists `--timings` is asked, once,
    for `--timings FILE`, a JSON file of the form
    {"stages": [{"name": "parse", "wall": 0.12, "cpu": 0.20}, ...]} (seconds)."""
    out = {}
    for tool in tools:
        if not tool.can("--timings"):
            continue
        path = os.path.join(sites["dir"], f"{tool.name}-timings.json")
        clean(tool, sites)
        measure(tool, sites, ("--timings", path))
        with open(path, encoding="utf-8") as f:
            out[tool.name] = json.load(f).get("stages", [])
    return out


# Report -----------------------------------------------------------------------------------

def markdown(args, tools, rows, stages, started):
    """The results as Markdown: the machine, then one row per scenario, size and tool, with
    ratios to Hugo's run (and to the baseline's, when there is one) of the same scenario."""
    lines = [f"# easyguide benchmark, {started:%Y-%m-%d %H:%M}", ""]
    lines += machine(tools, args)
    against = [name for name in ("hugo", "baseline") if any(t.name == name for t in tools)]
    head = ["size", "scenario", "tool", "HTML pages", "wall s", "CPU s", "pages/s", "peak MiB"]
    head += [f"{what} vs {name}" for name in against for what in ("wall", "CPU")]
    head += ["runs (wall min–max)"]
    lines += ["", "| " + " | ".join(head) + " |",
              "|" + "|".join("---" if h in ("scenario", "tool", head[-1]) else "---:"
                             for h in head) + "|"]
    for row in rows:
        if "missing" in row:
            blanks = ["–"] * (len(head) - 4)
            lines.append("| " + " | ".join([str(row["size"]), row["scenario"], row["tool"],
                                            *blanks, row["missing"]]) + " |")
            continue
        cells = [str(row["size"]), row["scenario"], row["tool"], f"{row['pages']:,}",
                 f"{row['wall']:.2f}", f"{row['cpu']:.2f}",
                 f"{row['pages'] / row['wall']:,.0f}" if row["wall"] > 0 else "–",
                 f"{row['rss']:.0f}"]
        for name in against:
            other = next((r for r in rows if r.get("tool") == name and "missing" not in r
                          and r["scenario"] == PEER.get(row["scenario"], row["scenario"])
                          and r["size"] == row["size"]), None)
            for key in ("wall", "cpu"):
                cells.append(f"{row[key] / other[key]:.2f}×" if other and other[key] > 0
                             else "–")
        low, high = row["spread"]
        cells.append(f"{row['runs']} ({low:.2f}–{high:.2f})")
        lines.append("| " + " | ".join(cells) + " |")
    lines += outputs(rows)
    lines += stage_tables(stages)
    lines += ["", "Size: pages asked of the generator (guides × languages), or the picture "
              "site. HTML pages: the files each tool wrote (easyguide: a home page, a guide "
              "list per language and every guide in every language; Hugo: a home page per "
              "language, every guide in every language and a redirect at the top). Wall time "
              "from the benchmark's clock; CPU time (user + system) and peak resident memory "
              "from GNU time. Medians of alternating runs."]
    return "\n".join(lines) + "\n"


# Rows measured against another scenario's rows: checks off against the other tool's
# build with everything, one thread against its cold build.
PEER = {"clean build, checks off": "clean build, every check",
        "pictures cold, 1 thread": "pictures cold"}


def machine(tools, args):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0]
    commit = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    out = [f"- machine: {cpu}, {os.cpu_count()} cores, {platform.system()} "
           f"{platform.release()}; load average {args.load_start:.1f} at the start and "
           f"{load:.1f} at the end (other work on the machine slows wall time more than CPU "
           "time)",
           f"- source: commit {commit}; generator seed {args.seed}, {args.langs} languages "
           "(English, Welsh, Polish, Arabic, Romanian, Urdu, Bengali in that order), "
           "drawings only on the page sites",
           f"- {args.runs} timed runs per tool and scenario, tools in turn "
           f"({', '.join(t.name for t in tools)}), one untimed warm-up round first"]
    for tool in tools:
        out.append(f"- {tool.name}: `{tool.version.splitlines()[0] if tool.version else '?'}` "
                   f"({shown_binary(tool.binary)})")
    return out


def shown_binary(path):
    """A binary as the results name it: relative to the repository when it is built there,
    else by its file name, so saved results never carry one computer's folders."""
    root = os.path.dirname(HERE)
    relative = os.path.relpath(path, root)
    return relative if not relative.startswith("..") else os.path.basename(path)


def outputs(rows):
    seen = {}
    for row in rows:
        if row.get("output") and row["tool"] not in seen:
            seen[row["tool"]] = row["output"]
    if not seen:
        return []
    out = ["", "Picture site output: " + "; ".join(
        f"{tool} {files:,} files, {size / 1e6:.1f} MB" for tool, (files, size) in seen.items())
        + "."]
    return out


def stage_tables(stages):
    out = []
    for pages, by_tool in stages.items():
        for tool, items in by_tool.items():
            out += ["", f"Stages, {tool}, {pages} pages, clean build:", "",
                    "| stage | wall s | CPU s |", "|---|---:|---:|"]
            for s in items:
                out.append(f"| {s.get('name', s.get('stage', '?'))} | "
                           f"{float(s.get('wall', s.get('seconds', 0))):.3f} | "
                           f"{float(s.get('cpu', 0)):.3f} |")
    if not stages or not any(stages.values()):
        out += ["", "Stages: the binary gives no per-stage timings (no `--timings` in "
                "`easyguide build --help`)."]
    return out


def chart(rows, tools):
    """An SVG of clean-build time (wall solid, CPU dashed) and peak memory against pages,
    one colour per tool. Fixed size and number formats: the same numbers give the same file."""
    data = sorted((r for r in rows if r.get("scenario") == "clean build, every check"
                   and "wall" in r), key=lambda r: r["size"])
    width, height = 760, 320
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="#fff"/>']
    sizes = sorted({r["size"] for r in data}) or [1]
    panels = ((("wall", ""), ("cpu", "6 4")), "clean build: seconds, wall (solid) and CPU "
              "(dashed)"), ((("rss", ""),), "peak memory, MiB")
    for p, (series, title) in enumerate(panels):
        svg += panel(56 + p * 376, data, sizes, tools, series, title, height)
    for i, tool in enumerate(tools):
        x = 56 + i * 120
        svg.append(f'<rect x="{x}" y="{height - 22}" width="14" height="14" '
                   f'fill="{COLOURS.get(tool.name, "#1b1b1b")}"/>')
        svg.append(f'<text x="{x + 20}" y="{height - 10}">{tool.name}</text>')
    svg.append("</svg>")
    return "\n".join(svg) + "\n"


COLOURS = {"easyguide": "#005eb8", "baseline": "#7c2e8f", "hugo": "#d5281b", "zola": "#007f3b"}


def panel(x0, data, sizes, tools, series, title, height, width=320, top_y=40, pad=56):
    """One chart: axes, gridlines with round numbers, and a line per tool and series."""
    values = [r[key] for r in data for key, _ in series] or [1]
    step = nice_step(max(values) / 4)
    ticks = int(max(values) // step) + 1
    scale = lambda v: height - pad - (height - pad - top_y) * v / (step * ticks)
    x_of = lambda s: x0 + width * (sizes.index(s) + 0.5) / len(sizes)
    out = [f'<text x="{x0}" y="24" font-weight="bold">{title}</text>']
    for i in range(ticks + 1):
        y = scale(step * i)
        out.append(f'<path d="M{x0} {y:.1f}h{width}" stroke="#d8dde0"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{step * i:g}</text>')
    out.append(f'<path d="M{x0} {top_y}V{height - pad}H{x0 + width}" fill="none" '
               'stroke="#4c6272"/>')
    for s in sizes:
        out.append(f'<text x="{x_of(s):.1f}" y="{height - pad + 18}" text-anchor="middle">'
                   f'{s:,} pages</text>')
    for tool in tools:
        colour = COLOURS.get(tool.name, "#1b1b1b")
        for key, dash in series:
            points = [(x_of(r["size"]), scale(r[key])) for r in data if r["tool"] == tool.name]
            if not points:
                continue
            path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f} {y:.1f}"
                            for i, (x, y) in enumerate(points))
            extra = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5"'
                       f'{extra}/>')
            out += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'
                    for x, y in points]
    return out


def nice_step(raw):
    """The smallest of 1, 2, 2.5 and 5 times a power of ten at least `raw`."""
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def save(args, report, svg):
    os.makedirs(args.results, exist_ok=True)
    stem = datetime.date.today().isoformat()
    n = 1
    while os.path.exists(os.path.join(args.results, f"{stem}.md")):
        n += 1
        stem = f"{datetime.date.today().isoformat()}-{n}"
    with open(os.path.join(args.results, f"{stem}.md"), "w", encoding="utf-8") as f:
        f.write(report.replace("\n\n| pages |", f"\n\n![Clean build time and peak memory "
                               f"against pages]({stem}.svg)\n\n| pages |", 1))
    with open(os.path.join(args.results, f"{stem}.svg"), "w", encoding="utf-8") as f:
        f.write(svg)
    log(f"saved {os.path.join(args.results, stem)}.md and .svg")


def redraw(path):
    """The chart of a saved table: its clean-build rows read back from the Markdown."""
    rows, names = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) > 7 and cells[0].isdigit() and cells[4] != "–":
                size, scenario, tool = int(cells[0]), cells[1], cells[2]
                rows.append({"size": size, "scenario": scenario, "tool": tool,
                             "wall": float(cells[4]), "cpu": float(cells[5]),
                             "rss": float(cells[7])})
                if tool not in names:
                    names.append(tool)
    tools = [Tool(name, "easyguide" if name in ("easyguide", "baseline") else name, "")
             for name in names]
    with open(os.path.splitext(path)[0] + ".svg", "w", encoding="utf-8") as f:
        f.write(chart(rows, tools))


def log(message):
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
