//! How long a guide takes, as an ISO 8601 duration for structured data and the JSON API.
//!
//! Takes the author's words for the time ("About 5 to 10 minutes. Your medicine can take a
//! few days."); produces `PT10M`, or nothing when the words do not read as a duration. Only
//! the first sentence counts (the time the reader spends; later sentences say what happens
//! afterwards), a range counts as its upper end (so a reader is not promised too little),
//! and the words are read in English, the language guides are written in. The ISO 8601 text
//! itself is written by jiff.

use jiff::Span;

/// The first sentence's duration, as ISO 8601 (`PT1H30M`), when it has one.
pub fn iso8601(words: &str) -> Option<String> {
    let first = words.split(['.', ';', '(']).next().unwrap_or("");
    let tokens = tokens(first);
    let mut span = Span::new();
    let mut found = false;
    let mut number: Option<i64> = None;
    for token in &tokens {
        if let Ok(n) = token.parse::<i64>() {
            // In "5 to 10 minutes" the later number wins: the upper end of the range.
            number = Some(n);
            continue;
        }
        let Some(n) = number else { continue };
        let added = match unit(token) {
            Some(Unit::Minutes) => span.checked_add(Span::new().minutes(n)),
            Some(Unit::Hours) => span.checked_add(Span::new().hours(n)),
            None if is_range_word(token) => continue,
            None => {
                number = None;
                continue;
            }
        };
        span = added.ok()?;
        found = true;
        number = None;
    }
    (found && span.is_positive()).then(|| span.to_string())
}

enum Unit {
    Minutes,
    Hours,
}

fn unit(word: &str) -> Option<Unit> {
    match word {
        "minute" | "minutes" | "min" | "mins" => Some(Unit::Minutes),
        "hour" | "hours" | "hr" | "hrs" => Some(Unit::Hours),
        _ => None,
    }
}

fn is_range_word(word: &str) -> bool {
    matches!(word, "to" | "or" | "-" | "–" | "and")
}

/// Lower-case words, numbers and dashes; "5-10" is three tokens.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        match c {
            '-' | '–' => {
                flush(&mut word, &mut out);
                out.push(c.to_string());
            }
            c if c.is_alphanumeric() => {
                let digit = c.is_ascii_digit();
                if word
                    .chars()
                    .last()
                    .is_some_and(|l| l.is_ascii_digit() != digit)
                {
                    flush(&mut word, &mut out);
                }
                word.extend(c.to_lowercase());
            }
            _ => flush(&mut word, &mut out),
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::iso8601;

    #[test]
    fn the_authors_words_become_a_duration() {
        let cases = [
            ("About 10 minutes", Some("PT10M")),
            ("About 5 to 10 minutes", Some("PT10M")),
            ("5-10 mins", Some("PT10M")),
            ("About 1 hour 30 minutes", Some("PT1H30M")),
            ("2 hours", Some("PT2H")),
            (
                "About 15 minutes to ask. Your GP surgery may take a few days.",
                Some("PT15M"),
            ),
            (
                "About 20 to 30 minutes. The check of your ID can take a week or more.",
                Some("PT30M"),
            ),
            ("10min", Some("PT10M")),
        ];
        for (words, want) in cases {
            assert_eq!(iso8601(words).as_deref(), want, "{words}");
        }
    }

    #[test]
    fn words_without_a_duration_give_none() {
        for words in [
            "A few minutes to ask for help",
            "",
            "Step 2 of 7",
            "0 minutes",
            "It takes a week",
        ] {
            assert_eq!(iso8601(words), None, "{words}");
        }
    }
}
