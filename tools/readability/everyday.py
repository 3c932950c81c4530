"""Makes src/readability/everyday-en.txt: long English words that are nevertheless everyday words.

The long-words check counts a word as long when it has 3 or more syllables and 7 or more
letters. Length alone also catches words nearly every reader knows ("medicine", "computer",
"hospital"); this list lets the check skip those. A word is on it when it is written with
7 or more letters and wordfreq gives it a Zipf frequency of 4.5 or more in English (it is
met at least about 30 times in every million words, roughly the 2,500 commonest words).

Run by hand when the threshold changes (not needed to build or test):

    pip install wordfreq
    python3 tools/readability/everyday.py
"""

import pathlib
import re

from wordfreq import top_n_list, zipf_frequency

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "readability" / "everyday-en.txt"
ZIPF = 4.5
HEADER = f"""# Long English words that are everyday words: 7 or more letters, Zipf frequency {ZIPF} or more.
# Made by tools/readability/everyday.py from wordfreq (Robyn Speer and contributors); the
# word-frequency data is licensed CC BY-SA 4.0, and so is this list, which is derived from it.
"""


def main():
    words = sorted(
        {
            w
            for w in top_n_list("en", 20000)
            if re.fullmatch(r"[a-z]{7,}", w) and zipf_frequency(w, "en") >= ZIPF
        }
    )
    OUT.write_text(HEADER + "\n".join(words) + "\n")
    print(f"{len(words)} words written to {OUT}")


if __name__ == "__main__":
    main()
