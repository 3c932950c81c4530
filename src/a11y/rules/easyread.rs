//! Words typed in block capitals, on every page: they are hard to read for everyone and
//! screen readers may spell them out. Italics and capitals made by CSS are easy-read rules
//! (`Options::easy_read`), found by the style checks, which know the cascade.

use scraper::Node;

use super::{Ctx, shown};
use crate::a11y::dom::name;

/// Runs the easy-read rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    let Some(main) = shown(page).find(|e| name(*e) == "main").or(page.body()) else {
        return;
    };
    for e in main.descendants().filter_map(scraper::ElementRef::wrap) {
        if crate::a11y::dom::hidden(e)
            || matches!(name(e), "code" | "kbd" | "samp" | "pre" | "abbr")
        {
            continue;
        }
        let own: String = e
            .children()
            .filter_map(|c| match c.value() {
                Node::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect();
        if let Some(run) = capitals(&own) {
            ctx.report(
                "text-block-capitals",
                format!("\"{run}\" is written in capitals"),
                e,
            );
        }
    }
}

/// A run in block capitals: three words in a row of two or more capitals each (12 letters in
/// all), or one word of seven capitals or more. Shorter ones are abbreviations (NHS, GP, PIN).
pub fn capitals(text: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    let mut best: Option<String> = None;
    let upper = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let done = |run: &Vec<&str>| -> Option<String> {
        let letters: usize = run
            .iter()
            .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
            .sum();
        let long = run
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 7);
        (run.len() >= 3 && letters >= 12 || long).then(|| run.join(" "))
    };
    for word in text.split_whitespace() {
        if upper(word) {
            run.push(word);
        } else {
            if best.is_none() {
                best = done(&run);
            }
            run.clear();
        }
    }
    best.or_else(|| done(&run))
}

#[cfg(test)]
mod tests {
    use super::capitals;

    #[test]
    fn block_capitals_but_not_abbreviations() {
        assert_eq!(
            capitals("Never SHARE YOUR PIN CODE with anyone").as_deref(),
            Some("SHARE YOUR PIN CODE")
        );
        assert_eq!(
            capitals("This is IMPORTANT.").as_deref(),
            Some("IMPORTANT.")
        );
        assert_eq!(capitals("Use the NHS App or call your GP"), None);
        assert_eq!(capitals("Call NHS 111"), None);
    }
}
