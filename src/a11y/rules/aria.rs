//! ARIA: roles that exist, attributes that exist and fit the role with valid values, what
//! roles require, hidden content that can still be focused, controls inside controls, and
//! ids: unique, and every reference to one pointing at something.

use std::collections::{BTreeMap, BTreeSet};

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::aria::{self, Value};
use crate::a11y::dom::{ancestors, aria_hidden, aria_hidden_self, attr, children, hidden, name};
use crate::a11y::name::accessible_name;

/// Runs the ARIA rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    let ids = ids(ctx);
    for e in page.elements() {
        roles(ctx, e);
        attributes(ctx, e, &ids);
    }
    if let Some(body) = page.body()
        && aria_hidden_self(body)
    {
        ctx.report("aria-hidden-body", "<body> has aria-hidden=\"true\"", body);
    }
    for e in shown(page) {
        if aria_hidden_self(e) && Some(e.id()) != page.body().map(|b| b.id()) {
            hidden_focus(ctx, e);
        }
        if !aria_hidden(e) {
            structure(ctx, e);
            names(ctx, e);
            nested(ctx, e);
        }
    }
}

/// Every id on the page, counted; reports ids used twice.
fn ids(ctx: &mut Ctx) -> BTreeMap<String, usize> {
    let page = ctx.page;
    let referenced: BTreeSet<&str> = page
        .elements()
        .flat_map(|e| {
            [
                "aria-labelledby",
                "aria-describedby",
                "aria-controls",
                "aria-owns",
                "aria-activedescendant",
                "aria-details",
                "aria-errormessage",
                "aria-flowto",
                "for",
                "headers",
                "list",
            ]
            .into_iter()
            .filter_map(move |a| attr(e, a))
        })
        .flat_map(str::split_ascii_whitespace)
        .collect();
    let mut first: BTreeMap<String, ElementRef> = BTreeMap::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for e in page.elements() {
        let Some(id) = e.value().id() else { continue };
        *counts.entry(id.to_owned()).or_default() += 1;
        match first.get(id) {
            None => {
                first.insert(id.to_owned(), e);
            }
            Some(f) => {
                let code = if referenced.contains(id) {
                    "duplicate-id-aria"
                } else {
                    "duplicate-id"
                };
                ctx.report_with(
                    code,
                    format!("the id \"{id}\" is used more than once"),
                    e,
                    *f,
                );
            }
        }
    }
    counts
}

fn roles(ctx: &mut Ctx, e: ElementRef<'_>) {
    let Some(value) = attr(e, "role") else { return };
    let tokens: Vec<String> = value
        .split_ascii_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if tokens.is_empty() {
        return;
    }
    if !tokens.iter().any(|t| aria::ROLES.contains(&t.as_str())) {
        let kind = if tokens
            .iter()
            .any(|t| aria::ABSTRACT_ROLES.contains(&t.as_str()))
        {
            "an abstract role"
        } else {
            "not a WAI-ARIA role"
        };
        ctx.report("aria-roles", format!("role=\"{value}\" is {kind}"), e);
    } else if let Some(r) = aria::explicit_role(e)
        && aria::DEPRECATED_ROLES.contains(&r)
    {
        ctx.report(
            "aria-deprecated-role",
            format!("role=\"{r}\" is deprecated"),
            e,
        );
    }
}

fn attributes(ctx: &mut Ctx, e: ElementRef<'_>, ids: &BTreeMap<String, usize>) {
    let role = aria::role(e);
    for (attribute, value) in e.value().attrs() {
        if let Some(rest) = attribute.strip_prefix("aria-") {
            let Some(kind) = aria::value_type(attribute) else {
                ctx.report(
                    "aria-valid-attr",
                    format!("aria-{rest} is not an ARIA attribute"),
                    e,
                );
                continue;
            };
            // A collapsed control may point at content that is only added when it opens.
            let collapsed =
                attribute == "aria-controls" && attr(e, "aria-expanded") == Some("false");
            if let Some(problem) = bad_value(kind, value, ids).filter(|_| !collapsed) {
                let code = if matches!(kind, Value::IdRef | Value::IdRefs)
                    && problem.starts_with("no element")
                {
                    "aria-reference-missing"
                } else {
                    "aria-valid-attr-value"
                };
                ctx.report(code, format!("{attribute}=\"{value}\": {problem}"), e);
            }
            if !aria::supports(role, attribute) && !native_state(e, attribute) {
                ctx.report(
                    "aria-allowed-attr",
                    format!(
                        "{attribute} is not supported by role {}",
                        role.unwrap_or("generic")
                    ),
                    e,
                );
            }
        }
    }
    for (attribute, what) in [("for", "label"), ("headers", "cell"), ("list", "input")] {
        if let Some(value) = attr(e, attribute)
            && (attribute != "for" || name(e) == "label")
        {
            for id in value
                .split_ascii_whitespace()
                .filter(|id| !ids.contains_key(*id))
            {
                ctx.report(
                    "aria-reference-missing",
                    format!("this {what}'s {attribute}=\"{id}\" names no element on the page"),
                    e,
                );
            }
        }
    }
    let role_or_generic = role.unwrap_or(
        if matches!(
            name(e),
            "div" | "span" | "b" | "i" | "p" | "u" | "s" | "small" | "code" | "em" | "strong"
        ) {
            "generic"
        } else {
            ""
        },
    );
    let named_by_author = ["aria-label", "aria-labelledby"]
        .iter()
        .any(|a| attr(e, a).is_some());
    if named_by_author && aria::NAME_PROHIBITED.contains(&role_or_generic) && !aria::focusable(e) {
        let what = if role.is_some() {
            format!("role {role_or_generic}")
        } else {
            format!("a <{}> with no role", name(e))
        };
        ctx.report(
            "aria-prohibited-attr",
            format!("aria-label and aria-labelledby cannot name {what}"),
            e,
        );
    }
    if let Some(r) = role {
        for (needs, required) in aria::REQUIRED {
            if *needs == r && aria::explicit_role(e) == Some(r) && !native_control(e, r) {
                for a in required.iter().filter(|a| attr(e, a).is_none()) {
                    ctx.report("aria-required-attr", format!("role=\"{r}\" needs {a}"), e);
                }
            }
        }
    }
    if attr(e, "aria-roledescription").is_some() && role.is_none() {
        ctx.report(
            "aria-roledescription",
            "aria-roledescription on an element with no role",
            e,
        );
    }
    if attr(e, "aria-braillelabel").is_some() && accessible_name(ctx.page, e).is_empty() {
        ctx.report(
            "aria-braille-equivalent",
            "aria-braillelabel without a name for speech",
            e,
        );
    }
}

/// Does a native control already carry this state (a checkbox's checked, a heading's level)?
fn native_state(e: ElementRef<'_>, attribute: &str) -> bool {
    matches!(
        (name(e), attribute),
        (
            "input" | "select" | "textarea",
            "aria-required" | "aria-readonly" | "aria-autocomplete" | "aria-invalid"
        ) | ("details" | "summary", "aria-expanded")
    )
}

/// Is the element a native control that has the role's state built in?
fn native_control(e: ElementRef<'_>, role: &str) -> bool {
    matches!(
        (name(e), role),
        (
            "input",
            "checkbox" | "radio" | "switch" | "slider" | "combobox"
        ) | ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", "heading")
            | ("select", "combobox")
            | ("meter", "meter")
    )
}

/// What is wrong with an attribute value, if anything.
fn bad_value(kind: Value, value: &str, ids: &BTreeMap<String, usize>) -> Option<String> {
    let v = value.trim().to_ascii_lowercase();
    match kind {
        Value::Bool => {
            (!matches!(v.as_str(), "true" | "false")).then(|| "must be true or false".into())
        }
        Value::BoolUndefined => (!matches!(v.as_str(), "true" | "false" | "undefined"))
            .then(|| "must be true or false".into()),
        Value::Tristate => (!matches!(v.as_str(), "true" | "false" | "mixed"))
            .then(|| "must be true, false or mixed".into()),
        Value::Integer => v
            .parse::<i64>()
            .is_err()
            .then(|| "must be a whole number".into()),
        Value::Number => v.parse::<f64>().is_err().then(|| "must be a number".into()),
        Value::Token(allowed) => {
            let tokens: Vec<&str> = v.split_ascii_whitespace().collect();
            (tokens.is_empty() || tokens.iter().any(|t| !allowed.contains(t)))
                .then(|| format!("must be one of {}", allowed.join(", ")))
        }
        Value::IdRef | Value::IdRefs => {
            let missing: Vec<&str> = value
                .split_ascii_whitespace()
                .filter(|id| !ids.contains_key(*id))
                .collect();
            if value.trim().is_empty() {
                Some("names no element".into())
            } else if !missing.is_empty() {
                Some(format!(
                    "no element on the page has the id {}",
                    missing.join(", ")
                ))
            } else {
                None
            }
        }
        Value::Text => None,
    }
}

/// aria-hidden="true" on something a keyboard can still reach.
fn hidden_focus(ctx: &mut Ctx, e: ElementRef<'_>) {
    let focusable = std::iter::once(e)
        .chain(e.descendants().filter_map(ElementRef::wrap))
        .find(|d| aria::focusable(*d) && !hidden(*d) && !d_inert(*d));
    if let Some(f) = focusable {
        let what = if f.id() == e.id() {
            "this element is focusable"
        } else {
            "a focusable element is inside"
        };
        ctx.report_with(
            "aria-hidden-focus",
            format!("aria-hidden=\"true\", but {what}"),
            e,
            f,
        );
    }
}

fn d_inert(e: ElementRef<'_>) -> bool {
    std::iter::once(e)
        .chain(ancestors(e))
        .any(|a| attr(a, "inert").is_some())
}

/// Roles that need particular parents or children.
fn structure(ctx: &mut Ctx, e: ElementRef<'_>) {
    let Some(r) = aria::explicit_role(e) else {
        return;
    };
    if let Some((_, parents)) = aria::REQUIRED_PARENT.iter().find(|(k, _)| *k == r) {
        let parent_role = ancestors(e)
            .find(|a| {
                !matches!(
                    aria::role(*a),
                    None | Some("none" | "presentation" | "generic")
                )
            })
            .and_then(aria::role);
        if !parent_role.is_some_and(|p| parents.contains(&p)) {
            ctx.report(
                "aria-required-parent",
                format!("role=\"{r}\" must be inside {}", parents.join(" or ")),
                e,
            );
        }
    }
    if let Some((_, kids)) = aria::REQUIRED_CHILDREN.iter().find(|(k, _)| *k == r) {
        if attr(e, "aria-busy").is_some_and(|b| b == "true") {
            return;
        }
        let owned = owned_roles(e);
        if !owned.iter().any(|o| kids.contains(o)) {
            ctx.report(
                "aria-required-children",
                format!("role=\"{r}\" must contain {}", kids.join(" or ")),
                e,
            );
        }
    }
}

/// Roles of the elements an element owns: its descendants, through generic wrappers.
fn owned_roles(e: ElementRef<'_>) -> Vec<&'static str> {
    owned_roles_below(e, 0)
}

fn owned_roles_below(e: ElementRef<'_>, depth: usize) -> Vec<&'static str> {
    let mut out = Vec::new();
    if depth > 64 {
        return out;
    }
    for c in children(e) {
        match aria::role(c) {
            None | Some("none" | "presentation" | "generic") => {
                out.extend(owned_roles_below(c, depth + 1))
            }
            Some(r) => out.push(r),
        }
    }
    out
}

fn names(ctx: &mut Ctx, e: ElementRef<'_>) {
    let Some(r) = aria::explicit_role(e) else {
        return;
    };
    // Native links, buttons and form fields have their own rules.
    if matches!(
        name(e),
        "a" | "button" | "input" | "select" | "textarea" | "img" | "svg" | "summary"
    ) {
        return;
    }
    if aria::NEEDS_NAME.contains(&r) && accessible_name(ctx.page, e).is_empty() {
        let code = if r == "button" || r == "link" {
            if r == "link" {
                "link-name"
            } else {
                "button-name"
            }
        } else {
            "aria-name"
        };
        ctx.report(code, format!("this role=\"{r}\" has no name"), e);
    }
}

/// Focusable content inside a control whose children are presentational.
fn nested(ctx: &mut Ctx, e: ElementRef<'_>) {
    let Some(r) = aria::role(e) else { return };
    if !aria::CHILDREN_PRESENTATIONAL.contains(&r)
        || !aria::interactive(e) && aria::explicit_role(e).is_none()
    {
        return;
    }
    if let Some(inner) = e
        .descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .find(|d| aria::focusable(*d) || aria::interactive(*d))
    {
        ctx.report_with(
            "nested-interactive",
            format!("a <{}> is inside this {r}", name(inner)),
            e,
            inner,
        );
    }
}
