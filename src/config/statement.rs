//! `[accessibility]` in `site.toml`: who runs the site and how readers report a problem,
//! for the accessibility statement every build writes.

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, FileId};

/// The `[accessibility]` table as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    /// Who runs the site.
    pub organisation: Option<Spanned<String>>,
    /// Where to report a problem by email.
    pub email: Option<Spanned<String>>,
    /// Where to report a problem by phone.
    pub phone: Option<Spanned<String>>,
    /// When the statement was prepared (`2026-12-01`).
    pub prepared: Option<Spanned<String>>,
}

/// What the accessibility statement says about the site's owner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statement {
    /// Who runs the site ("Anytown Library"); the site's title when not given.
    pub organisation: Option<String>,
    /// Where to report a problem by email.
    pub email: Option<String>,
    /// Where to report a problem by phone.
    pub phone: Option<String>,
    /// When the statement was prepared; the newest guide's `updated` date when not given,
    /// so the page never depends on the day it was built.
    pub prepared: Option<Date>,
}

/// Checks the `[accessibility]` table.
pub fn statement(file: FileId, raw: RawStatement, errors: &mut Vec<Diagnostic>) -> Statement {
    let text = |v: Option<Spanned<String>>| {
        v.map(|s| s.into_inner().trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(email) = &raw.email
        && !email.get_ref().contains('@')
    {
        errors.push(
            Diagnostic::error(
                "bad-value",
                "the `[accessibility]` email is not an email address",
            )
            .at(file, email.span())
            .help("write the address readers can write to, e.g. email = \"help@anytown.example\""),
        );
    }
    let prepared = raw
        .prepared
        .and_then(|p| match p.get_ref().trim().parse::<Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                errors.push(
                    Diagnostic::error(
                        "bad-date",
                        "the `[accessibility]` prepared date is not a date",
                    )
                    .at(file, p.span())
                    .help("write the date as year-month-day, e.g. prepared = \"2026-12-01\""),
                );
                None
            }
        });
    Statement {
        organisation: text(raw.organisation),
        email: text(raw.email),
        phone: text(raw.phone),
        prepared,
    }
}
