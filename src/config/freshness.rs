//! `[freshness]` of `site.toml`: when a guide's `review_due` date is worth a warning.

use serde::Deserialize;

/// How review dates are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freshness {
    /// Warn this many days before a guide's review is due (0: only once it is overdue).
    pub warn_days: u32,
    /// A guide past its review date is an error, so the site is not published with it.
    pub overdue_error: bool,
}

impl Default for Freshness {
    fn default() -> Self {
        Freshness {
            warn_days: 30,
            overdue_error: false,
        }
    }
}

/// `[freshness]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFreshness {
    warn_days: Option<u32>,
    overdue_error: Option<bool>,
}

/// Fills in the defaults.
pub fn freshness(raw: RawFreshness) -> Freshness {
    let d = Freshness::default();
    Freshness {
        warn_days: raw.warn_days.unwrap_or(d.warn_days),
        overdue_error: raw.overdue_error.unwrap_or(d.overdue_error),
    }
}
