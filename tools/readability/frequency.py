"""Makes src/readability/frequency/<lang>.txt: the commonest words of each language, for the
reading-level measure (how common a text's words are) and the long-words check.

Each file lists the 15,000 commonest word forms of one language in wordfreq's data, commonest
first, one a line, in wordfreq's own normal form (case-folded; Arabic-script vowel marks and
tatweel removed). Only words made of letters (and inner apostrophes) are kept: numbers,
punctuation and emoji are not words a reader has to know. A line `@Z` before a word gives the
Zipf frequency (log10 of uses per billion words) of it and of the words after it, until the
next such line. The header's `@@mass` line is the share of all letter-word uses in the
language that the listed words make up, so the measure knows how much of running text lies
beyond the list.

Run by hand when the list size or the data changes (not needed to build or test):

    pip install wordfreq
    python3 tools/readability/frequency.py

The word-frequency data is wordfreq's (Robyn Speer and contributors, drawn from Wikipedia,
subtitles, news, books, web text, Twitter and Reddit), licensed CC BY-SA 4.0; so are these
lists, which are derived from it.
"""

import pathlib
from importlib.metadata import version

import regex
from wordfreq import get_frequency_dict, zipf_frequency

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "readability" / "frequency"
WORDS = 15000
# Languages easyguide ships or is asked for most, and every other language wordfreq has a
# large enough list for. Welsh and Somali are not in wordfreq.
LANGUAGES = [
    "ar", "bn", "ca", "cs", "de", "el", "en", "es", "fa", "fr", "he", "hi", "it", "nl",
    "pl", "pt", "ro", "ru", "sv", "tr", "uk", "ur",
]
WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*", regex.V1)


def lines(lang):
    freqs = get_frequency_dict(lang, "best")
    words = sorted(
        ((w, f) for w, f in freqs.items() if WORD.fullmatch(w)),
        key=lambda wf: (-wf[1], wf[0]),
    )
    total = sum(f for _, f in words)
    kept = words[:WORDS]
    mass = sum(f for _, f in kept) / total
    out = [
        f"# The {len(kept)} commonest words of `{lang}` in wordfreq {version('wordfreq')}, commonest first.",
        "# Made by tools/readability/frequency.py from wordfreq (Robyn Speer and contributors);",
        "# the word-frequency data is licensed CC BY-SA 4.0, and so is this list, derived from it.",
        "# `@Z` gives the Zipf frequency of the words that follow it.",
        f"@@mass {mass:.4f}",
    ]
    zipf = None
    for word, _ in kept:
        z = zipf_frequency(word, lang)
        if z != zipf:
            out.append(f"@{z:.2f}")
            zipf = z
        out.append(word)
    return out


def main():
    OUT.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        text = "\n".join(lines(lang)) + "\n"
        (OUT / f"{lang}.txt").write_text(text, encoding="utf-8")
        print(f"{lang}: {len(text.encode()) // 1024} KiB")


if __name__ == "__main__":
    main()
