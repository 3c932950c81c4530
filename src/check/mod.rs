//! Stage 5: checks that need the whole site, run by every build.
//!
//! - [`freshness`]: guides past or near their `review_due` date, against `[freshness]`;
//! - [`links`]: links between guides and to their parts, on the parsed guides (file:line);
//! - [`readability`]: reading level and plain language, sentence by sentence;
//! - [`report`]: the HTML check report for authors, with a section per family of checks;
//! - [`page`]: one pass over each written page (html5ever) into the facts the next two use;
//! - [`output`]: the written pages' facts, joined (template mistakes, scripts, requests to
//!   other hosts, links to parts of other pages);
//! - [`accessibility`]: the accessibility checker on every built page and stylesheet,
//!   its findings pointed at the source line that made the element;
//! - [`budgets`]: what each page weighs as a phone loads it (found by `loads`), against
//!   `[budgets]`.

pub mod accessibility;
pub mod budgets;
pub mod freshness;
pub mod links;
pub mod loads;
pub mod output;
pub mod page;
pub mod readability;
pub mod report;
