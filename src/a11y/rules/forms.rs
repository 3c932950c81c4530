//! Form fields: a label for each, not a placeholder alone, one label rather than several,
//! and autocomplete values browsers understand.

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::dom::{aria_hidden, attr, name};
use crate::a11y::name::{accessible_name, labels};

/// Runs the form rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    for e in shown(page).filter(|e| !aria_hidden(*e)) {
        if !matches!(name(e), "input" | "select" | "textarea") {
            continue;
        }
        let kind = attr(e, "type").unwrap_or("text").to_ascii_lowercase();
        if name(e) == "input"
            && matches!(
                kind.as_str(),
                "hidden" | "submit" | "reset" | "button" | "image"
            )
        {
            continue;
        }
        let named = !accessible_name(page, e).is_empty();
        let placeholder = attr(e, "placeholder").is_some_and(|p| !p.trim().is_empty());
        let what = if name(e) == "input" {
            format!("this {kind} field")
        } else {
            format!("this <{}>", name(e))
        };
        if !named && placeholder {
            ctx.report(
                "label-placeholder-only",
                format!("{what} has only a placeholder, no label"),
                e,
            );
        } else if !named {
            ctx.report("label", format!("{what} has no label"), e);
        }
        let count = labels(page, e).len();
        if count > 1 {
            ctx.report(
                "form-field-multiple-labels",
                format!("{what} has {count} labels"),
                e,
            );
        }
        autocomplete(ctx, e);
    }
}

const FIELDS: &[&str] = &[
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "honorific-suffix",
    "nickname",
    "username",
    "new-password",
    "current-password",
    "one-time-code",
    "organization-title",
    "organization",
    "street-address",
    "address-line1",
    "address-line2",
    "address-line3",
    "address-level4",
    "address-level3",
    "address-level2",
    "address-level1",
    "country",
    "country-name",
    "postal-code",
    "cc-name",
    "cc-given-name",
    "cc-additional-name",
    "cc-family-name",
    "cc-number",
    "cc-exp",
    "cc-exp-month",
    "cc-exp-year",
    "cc-csc",
    "cc-type",
    "transaction-currency",
    "transaction-amount",
    "language",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "url",
    "photo",
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-local-prefix",
    "tel-local-suffix",
    "tel-extension",
    "email",
    "impp",
    "webauthn",
];
const CONTACT: &[&str] = &[
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-local-prefix",
    "tel-local-suffix",
    "tel-extension",
    "email",
    "impp",
];

fn autocomplete(ctx: &mut Ctx, e: ElementRef<'_>) {
    let Some(value) = attr(e, "autocomplete") else {
        return;
    };
    let tokens: Vec<String> = value
        .split_ascii_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if tokens.is_empty() || matches!(tokens.as_slice(), [t] if t == "on" || t == "off") {
        return;
    }
    let mut rest: &[String] = &tokens;
    if rest.first().is_some_and(|t| t.starts_with("section-")) {
        rest = &rest[1..];
    }
    if rest
        .first()
        .is_some_and(|t| t == "shipping" || t == "billing")
    {
        rest = &rest[1..];
    }
    let mut contact = false;
    if rest
        .first()
        .is_some_and(|t| matches!(t.as_str(), "home" | "work" | "mobile" | "fax" | "pager"))
    {
        rest = &rest[1..];
        contact = true;
    }
    let ok = match rest {
        [field] => {
            FIELDS.contains(&field.as_str()) && (!contact || CONTACT.contains(&field.as_str()))
        }
        [field, webauthn] => webauthn == "webauthn" && FIELDS.contains(&field.as_str()),
        _ => false,
    };
    if !ok {
        ctx.report(
            "autocomplete-valid",
            format!("autocomplete=\"{value}\" is not a value browsers know"),
            e,
        );
    }
}
