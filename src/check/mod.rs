//! Stage 5: checks that need the whole site, run by every build.
//!
//! - [`links`]: links between guides and to their parts, on the parsed guides (file:line);
//! - [`readability`]: reading level and plain language, sentence by sentence;
//! - [`report`]: the HTML check report for authors, with a section per family of checks;
//! - [`output`]: the written pages, read back with html5ever (template mistakes, scripts,
//!   requests to other hosts).
//! - [`budgets`]: what each page weighs as a phone loads it (found by `loads`), against
//!   `[budgets]`.

pub mod budgets;
pub mod links;
mod loads;
pub mod output;
pub mod readability;
pub mod report;
