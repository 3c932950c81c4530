//! Message ids that stay attached to their piece while the source guide changes.
//!
//! Takes the pieces the source language file recorded last time (id and value, in order) and
//! the guide's pieces now; produces an id for every piece now. Unchanged pieces are found by a
//! diff of the two sequences (similar's Myers diff), so inserting or removing a paragraph
//! shifts nothing; within a changed stretch, an old and a new piece that are still mostly the
//! same words are paired as an edit (the translation becomes stale, not lost). A piece with no
//! partner gets a new id made from its first words, never one used before.

use std::collections::BTreeSet;
use std::ops::Range;

use similar::{Algorithm, DiffOp, TextDiff, capture_diff_slices};

/// How alike (0 to 1, by characters) an edited piece must stay to keep its translation.
const SAME_PIECE: f32 = 0.5;

/// How many words of a piece make its id.
const ID_WORDS: usize = 4;

/// What became of one piece of the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assigned {
    /// The message id.
    pub id: String,
    /// The value the id had last time, when it differs from the piece now (an edit).
    pub was: Option<String>,
}

/// Ids for `current` pieces given the `previous` (id, value) pairs; `taken` holds every id
/// that must not be given to a new piece (ids still in translation files).
/// Returns the assignments in order, and the previous ids no piece has any more.
pub fn assign(
    previous: &[(String, String)],
    current: &[String],
    taken: &BTreeSet<String>,
) -> (Vec<Assigned>, Vec<String>) {
    let old: Vec<&str> = previous.iter().map(|(_, v)| v.as_str()).collect();
    let new: Vec<&str> = current.iter().map(String::as_str).collect();
    let mut matched: Vec<Option<usize>> = vec![None; new.len()];
    let mut pending: (Range<usize>, Range<usize>) = (0..0, 0..0);
    for op in capture_diff_slices(Algorithm::Myers, &old, &new) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            pair_edits(&old, &new, &pending, &mut matched);
            for k in 0..len {
                matched[new_index + k] = Some(old_index + k);
            }
            pending = (
                old_index + len..old_index + len,
                new_index + len..new_index + len,
            );
        } else {
            let (o, n) = (op.old_range(), op.new_range());
            pending.0 = pending.0.start.min(o.start)..pending.0.end.max(o.end);
            pending.1 = pending.1.start.min(n.start)..pending.1.end.max(n.end);
        }
    }
    pair_edits(&old, &new, &pending, &mut matched);
    let mut used: BTreeSet<String> = taken.clone();
    used.extend(previous.iter().map(|(id, _)| id.clone()));
    let assigned = new
        .iter()
        .zip(&matched)
        .map(|(value, m)| match m {
            Some(i) => Assigned {
                id: previous[*i].0.clone(),
                was: (old[*i] != *value).then(|| old[*i].to_owned()),
            },
            None => {
                let id = fresh_id(value, &used);
                used.insert(id.clone());
                Assigned { id, was: None }
            }
        })
        .collect();
    let kept: BTreeSet<usize> = matched.iter().flatten().copied().collect();
    let gone = (0..previous.len())
        .filter(|i| !kept.contains(i))
        .map(|i| previous[i].0.clone())
        .collect();
    (assigned, gone)
}

/// Pairs old and new pieces of one changed stretch, in order, when they are alike enough.
fn pair_edits(
    old: &[&str],
    new: &[&str],
    (olds, news): &(Range<usize>, Range<usize>),
    matched: &mut [Option<usize>],
) {
    let mut next = news.start;
    for i in olds.clone() {
        let best = (next..news.end)
            .map(|j| (TextDiff::from_chars(old[i], new[j]).ratio(), j))
            .filter(|(ratio, _)| *ratio >= SAME_PIECE)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((_, j)) = best {
            matched[j] = Some(i);
            next = j + 1;
        }
    }
}

/// An id from the first words of a value (`use-nhs-111-online`), unique among `used`.
/// Fluent ids are ASCII letters, digits and `-`, starting with a letter.
pub fn fresh_id(value: &str, used: &BTreeSet<String>) -> String {
    let words = words_of(value);
    let mut base = words
        .iter()
        .take(ID_WORDS)
        .cloned()
        .collect::<Vec<_>>()
        .join("-");
    if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base = if base.is_empty() {
            "text".into()
        } else {
            format!("text-{base}")
        };
    }
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Lower-case ASCII words of a value, leaving out its `{ $variables }`.
fn words_of(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut in_braces = false;
    let mut word = String::new();
    for c in value.chars() {
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            _ if in_braces => {}
            c if c.is_ascii_alphanumeric() => {
                word.push(c.to_ascii_lowercase());
                continue;
            }
            _ => {}
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn previous(values: &[&str]) -> Vec<(String, String)> {
        let (assigned, _) = assign(
            &[],
            &values.iter().map(|v| v.to_string()).collect::<Vec<_>>(),
            &BTreeSet::new(),
        );
        assigned
            .into_iter()
            .zip(values)
            .map(|(a, v)| (a.id, v.to_string()))
            .collect()
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn ids_come_from_the_first_words_and_are_unique() {
        let p = previous(&["Use NHS 111 online today", "It is free.", "It is free."]);
        let ids: Vec<_> = p.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["use-nhs-111-online", "it-is-free", "it-is-free-2"]);
        assert_eq!(
            fresh_id("111 is { $link1 } free", &BTreeSet::new()),
            "text-111-is-free"
        );
        assert_eq!(fresh_id("وصف", &BTreeSet::new()), "text");
    }

    #[test]
    fn an_insertion_keeps_every_other_id() {
        let p = previous(&["Title", "First step.", "Second step."]);
        let now = strings(&[
            "Title",
            "First step.",
            "A new paragraph here.",
            "Second step.",
        ]);
        let (a, gone) = assign(&p, &now, &BTreeSet::new());
        assert_eq!(a[0].id, p[0].0);
        assert_eq!(a[1].id, p[1].0);
        assert_eq!(a[3].id, p[2].0);
        assert_eq!(a[2].id, "a-new-paragraph-here");
        assert!(a.iter().all(|x| x.was.is_none()));
        assert!(gone.is_empty());
    }

    #[test]
    fn an_edit_keeps_the_id_and_remembers_the_old_words() {
        let p = previous(&["Title", "Answer the questions.", "Wait for a call."]);
        let now = strings(&["Title", "Answer all the questions.", "Wait for a call."]);
        let (a, gone) = assign(&p, &now, &BTreeSet::new());
        assert_eq!(a[1].id, p[1].0);
        assert_eq!(a[1].was.as_deref(), Some("Answer the questions."));
        assert_eq!(a.iter().filter(|x| x.was.is_some()).count(), 1);
        assert!(gone.is_empty());
    }

    #[test]
    fn a_removal_is_reported_and_a_rewrite_is_new() {
        let p = previous(&["Title", "Answer the questions.", "Wait for a call."]);
        let now = strings(&["Title", "Something quite different now."]);
        let (a, gone) = assign(&p, &now, &BTreeSet::new());
        assert_eq!(a[1].id, "something-quite-different-now");
        assert_eq!(gone, [p[1].0.clone(), p[2].0.clone()]);
    }

    #[test]
    fn new_ids_never_reuse_a_taken_one() {
        let taken: BTreeSet<String> = ["it-is-free".to_string()].into();
        let (a, _) = assign(&[], &strings(&["It is free."]), &taken);
        assert_eq!(a[0].id, "it-is-free-2");
    }
}
