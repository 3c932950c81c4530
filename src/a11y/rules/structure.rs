//! Lists and tables: items inside their lists, terms inside definition lists, and data
//! tables with header cells that are tied to their data.

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::aria;
use crate::a11y::dom::{ancestors, attr, children, name, parent};

/// Runs the list and table rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    for e in shown(page) {
        match name(e) {
            "ul" | "ol" if aria::explicit_role(e).is_none() => list(ctx, e),
            "li" => {
                let in_list = parent(e).is_some_and(|p| {
                    matches!(name(p), "ul" | "ol" | "menu")
                        && aria::explicit_role(p).is_none_or(|r| r == "list" || r == "directory")
                        || matches!(aria::explicit_role(p), Some("list" | "directory"))
                });
                if !in_list && aria::explicit_role(e).is_none() {
                    ctx.report(
                        "listitem",
                        "this <li> is not directly inside a <ul> or <ol>",
                        e,
                    );
                }
            }
            "dl" if aria::explicit_role(e).is_none() => definition_list(ctx, e),
            "dt" | "dd" => {
                let p = parent(e);
                let ok = p.is_some_and(|p| {
                    name(p) == "dl"
                        || name(p) == "div" && parent(p).is_some_and(|g| name(g) == "dl")
                });
                if !ok {
                    ctx.report(
                        "dlitem",
                        format!("this <{}> is not inside a <dl>", name(e)),
                        e,
                    );
                }
            }
            "table" => table(ctx, e),
            _ => {}
        }
    }
}

fn list(ctx: &mut Ctx, e: ElementRef<'_>) {
    if let Some(bad) = children(e).find(|c| {
        !matches!(name(*c), "li" | "script" | "template")
            && !matches!(aria::explicit_role(*c), Some("listitem"))
    }) {
        ctx.report_with(
            "list",
            format!(
                "this <{}> has a <{}> directly inside it",
                name(e),
                name(bad)
            ),
            e,
            bad,
        );
    } else if let Some(text) = e
        .children()
        .find_map(|c| c.value().as_text().filter(|t| !t.trim().is_empty()))
    {
        ctx.report(
            "list",
            format!(
                "this <{}> has text directly inside it: \"{}\"",
                name(e),
                text.trim()
            ),
            e,
        );
    }
}

fn definition_list(ctx: &mut Ctx, e: ElementRef<'_>) {
    let ok = |c: ElementRef| matches!(name(c), "dt" | "dd" | "script" | "template");
    for c in children(e) {
        let fine = ok(c) || name(c) == "div" && children(c).all(ok);
        if !fine {
            ctx.report_with(
                "definition-list",
                format!("this <dl> has a <{}> directly inside it", name(c)),
                e,
                c,
            );
            return;
        }
    }
}

/// The rows of a table (not of tables inside it), each as its cells.
fn rows<'a>(table: ElementRef<'a>) -> Vec<Vec<ElementRef<'a>>> {
    table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|r| {
            name(*r) == "tr"
                && ancestors(*r)
                    .find(|a| name(*a) == "table")
                    .is_some_and(|t| t.id() == table.id())
        })
        .map(|r| {
            children(r)
                .filter(|c| matches!(name(*c), "td" | "th"))
                .collect()
        })
        .collect()
}

fn table(ctx: &mut Ctx, e: ElementRef<'_>) {
    if matches!(aria::explicit_role(e), Some("none" | "presentation")) {
        return;
    }
    let rows = rows(e);
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if rows.len() < 2 || columns < 2 {
        return;
    }
    let headers: Vec<ElementRef> = rows
        .iter()
        .flatten()
        .copied()
        .filter(|c| is_header(*c))
        .collect();
    if headers.is_empty() {
        ctx.report(
            "table-header-missing",
            format!(
                "this table of {} rows and {columns} columns has no header cells",
                rows.len()
            ),
            e,
        );
    }
    let first_row = &rows[0];
    if first_row.len() == 1
        && columns > 1
        && attr(first_row[0], "colspan")
            .and_then(|c| c.parse::<usize>().ok())
            .is_some_and(|c| c >= columns)
    {
        ctx.report(
            "table-fake-caption",
            "the first row is one cell across the whole table, used as a caption",
            first_row[0],
        );
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if name(*cell) == "th"
                && r > 0
                && c > 0
                && attr(*cell, "scope").is_none()
                && attr(*cell, "id").is_none()
            {
                ctx.report(
                    "table-header-unassociated",
                    "this header cell is in the middle of the table and has no scope",
                    *cell,
                );
            }
            if let Some(ids) = attr(*cell, "headers") {
                for id in ids.split_ascii_whitespace() {
                    let target = ctx.page.by_id(id);
                    let in_table = target.is_some_and(|t| {
                        matches!(name(t), "th" | "td")
                            && ancestors(t)
                                .find(|a| name(*a) == "table")
                                .is_some_and(|tb| tb.id() == e.id())
                    });
                    if target.is_some() && !in_table {
                        ctx.report(
                            "td-headers-attr",
                            format!("headers=\"{id}\" names a cell that is not in this table"),
                            *cell,
                        );
                    }
                }
            }
        }
    }
}

fn is_header(cell: ElementRef<'_>) -> bool {
    name(cell) == "th"
        || matches!(
            aria::explicit_role(cell),
            Some("columnheader" | "rowheader")
        )
}
