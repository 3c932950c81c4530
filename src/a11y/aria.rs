//! What WAI-ARIA 1.2 (with the DPUB and Graphics modules) says about roles and attributes:
//! which roles exist, which attributes each supports or requires, which values an attribute
//! takes, and the implicit role of native HTML elements.

use scraper::ElementRef;

use super::dom::{attr, name};

/// Concrete roles an author may use.
pub const ROLES: &[&str] = &[
    "alert",
    "alertdialog",
    "application",
    "article",
    "banner",
    "blockquote",
    "button",
    "caption",
    "cell",
    "checkbox",
    "code",
    "columnheader",
    "combobox",
    "complementary",
    "contentinfo",
    "definition",
    "deletion",
    "dialog",
    "directory",
    "document",
    "emphasis",
    "feed",
    "figure",
    "form",
    "generic",
    "grid",
    "gridcell",
    "group",
    "heading",
    "img",
    "image",
    "insertion",
    "link",
    "list",
    "listbox",
    "listitem",
    "log",
    "main",
    "mark",
    "marquee",
    "math",
    "menu",
    "menubar",
    "menuitem",
    "menuitemcheckbox",
    "menuitemradio",
    "meter",
    "navigation",
    "none",
    "note",
    "option",
    "paragraph",
    "presentation",
    "progressbar",
    "radio",
    "radiogroup",
    "region",
    "row",
    "rowgroup",
    "rowheader",
    "scrollbar",
    "search",
    "searchbox",
    "separator",
    "slider",
    "spinbutton",
    "status",
    "strong",
    "subscript",
    "suggestion",
    "superscript",
    "switch",
    "tab",
    "table",
    "tablist",
    "tabpanel",
    "term",
    "textbox",
    "time",
    "timer",
    "toolbar",
    "tooltip",
    "tree",
    "treegrid",
    "treeitem",
    "comment",
    "graphics-document",
    "graphics-object",
    "graphics-symbol",
    "doc-abstract",
    "doc-acknowledgments",
    "doc-afterword",
    "doc-appendix",
    "doc-backlink",
    "doc-biblioentry",
    "doc-bibliography",
    "doc-biblioref",
    "doc-chapter",
    "doc-colophon",
    "doc-conclusion",
    "doc-cover",
    "doc-credit",
    "doc-credits",
    "doc-dedication",
    "doc-endnote",
    "doc-endnotes",
    "doc-epigraph",
    "doc-epilogue",
    "doc-errata",
    "doc-example",
    "doc-footnote",
    "doc-foreword",
    "doc-glossary",
    "doc-glossref",
    "doc-index",
    "doc-introduction",
    "doc-noteref",
    "doc-notice",
    "doc-pagebreak",
    "doc-pagefooter",
    "doc-pageheader",
    "doc-pagelist",
    "doc-part",
    "doc-preface",
    "doc-prologue",
    "doc-pullquote",
    "doc-qna",
    "doc-subtitle",
    "doc-tip",
    "doc-toc",
];

/// Roles that exist only as categories; authors must not use them.
pub const ABSTRACT_ROLES: &[&str] = &[
    "command",
    "composite",
    "input",
    "landmark",
    "range",
    "roletype",
    "section",
    "sectionhead",
    "select",
    "structure",
    "widget",
    "window",
];

/// Roles WAI-ARIA 1.2 (and DPUB 1.1) deprecated.
pub const DEPRECATED_ROLES: &[&str] = &["directory", "doc-biblioentry", "doc-endnote"];

/// Attributes every role supports.
const GLOBAL: &[&str] = &[
    "aria-atomic",
    "aria-braillelabel",
    "aria-brailleroledescription",
    "aria-busy",
    "aria-controls",
    "aria-current",
    "aria-describedby",
    "aria-description",
    "aria-details",
    "aria-disabled",
    "aria-dropeffect",
    "aria-errormessage",
    "aria-flowto",
    "aria-grabbed",
    "aria-haspopup",
    "aria-hidden",
    "aria-invalid",
    "aria-keyshortcuts",
    "aria-label",
    "aria-labelledby",
    "aria-live",
    "aria-owns",
    "aria-relevant",
    "aria-roledescription",
];

/// Attributes only some roles support, with those roles.
const ROLE_ATTRS: &[(&str, &[&str])] = &[
    (
        "aria-activedescendant",
        &[
            "application",
            "combobox",
            "grid",
            "group",
            "listbox",
            "menu",
            "menubar",
            "radiogroup",
            "row",
            "searchbox",
            "spinbutton",
            "tablist",
            "textbox",
            "toolbar",
            "tree",
            "treegrid",
        ],
    ),
    ("aria-autocomplete", &["combobox", "searchbox", "textbox"]),
    (
        "aria-checked",
        &[
            "checkbox",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "radio",
            "switch",
            "treeitem",
        ],
    ),
    ("aria-colcount", &["grid", "table", "treegrid"]),
    (
        "aria-colindex",
        &["cell", "columnheader", "gridcell", "row", "rowheader"],
    ),
    (
        "aria-colspan",
        &["cell", "columnheader", "gridcell", "rowheader"],
    ),
    (
        "aria-expanded",
        &[
            "application",
            "button",
            "checkbox",
            "columnheader",
            "combobox",
            "gridcell",
            "link",
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "row",
            "rowheader",
            "switch",
            "tab",
            "treeitem",
        ],
    ),
    (
        "aria-level",
        &["heading", "listitem", "row", "treeitem", "comment"],
    ),
    ("aria-modal", &["alertdialog", "dialog"]),
    ("aria-multiline", &["searchbox", "textbox"]),
    (
        "aria-multiselectable",
        &["grid", "listbox", "tablist", "tree", "treegrid"],
    ),
    (
        "aria-orientation",
        &[
            "listbox",
            "menu",
            "menubar",
            "radiogroup",
            "scrollbar",
            "select",
            "separator",
            "slider",
            "tablist",
            "toolbar",
            "tree",
            "treegrid",
        ],
    ),
    ("aria-placeholder", &["searchbox", "textbox"]),
    (
        "aria-posinset",
        &[
            "article",
            "listitem",
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "radio",
            "row",
            "tab",
            "treeitem",
            "comment",
        ],
    ),
    ("aria-pressed", &["button"]),
    (
        "aria-readonly",
        &[
            "checkbox",
            "columnheader",
            "combobox",
            "grid",
            "gridcell",
            "listbox",
            "radiogroup",
            "rowheader",
            "searchbox",
            "slider",
            "spinbutton",
            "switch",
            "textbox",
            "treegrid",
        ],
    ),
    (
        "aria-required",
        &[
            "checkbox",
            "combobox",
            "gridcell",
            "listbox",
            "radiogroup",
            "rowheader",
            "searchbox",
            "spinbutton",
            "textbox",
            "tree",
            "treegrid",
            "columnheader",
        ],
    ),
    ("aria-rowcount", &["grid", "table", "treegrid"]),
    (
        "aria-rowindex",
        &["cell", "columnheader", "gridcell", "row", "rowheader"],
    ),
    (
        "aria-rowspan",
        &["cell", "columnheader", "gridcell", "rowheader"],
    ),
    (
        "aria-selected",
        &[
            "columnheader",
            "gridcell",
            "option",
            "row",
            "rowheader",
            "tab",
            "treeitem",
        ],
    ),
    (
        "aria-setsize",
        &[
            "article",
            "listitem",
            "menuitem",
            "menuitemcheckbox",
            "menuitemradio",
            "option",
            "radio",
            "row",
            "tab",
            "treeitem",
            "comment",
        ],
    ),
    ("aria-sort", &["columnheader", "rowheader"]),
    (
        "aria-valuemax",
        &[
            "meter",
            "progressbar",
            "scrollbar",
            "separator",
            "slider",
            "spinbutton",
        ],
    ),
    (
        "aria-valuemin",
        &[
            "meter",
            "progressbar",
            "scrollbar",
            "separator",
            "slider",
            "spinbutton",
        ],
    ),
    (
        "aria-valuenow",
        &[
            "meter",
            "progressbar",
            "scrollbar",
            "separator",
            "slider",
            "spinbutton",
        ],
    ),
    (
        "aria-valuetext",
        &[
            "meter",
            "progressbar",
            "scrollbar",
            "separator",
            "slider",
            "spinbutton",
        ],
    ),
];

/// Attributes a role requires (when the element is not a native control that has the state).
pub const REQUIRED: &[(&str, &[&str])] = &[
    ("checkbox", &["aria-checked"]),
    ("combobox", &["aria-expanded"]),
    ("heading", &["aria-level"]),
    ("menuitemcheckbox", &["aria-checked"]),
    ("menuitemradio", &["aria-checked"]),
    ("meter", &["aria-valuenow"]),
    ("radio", &["aria-checked"]),
    ("scrollbar", &["aria-controls", "aria-valuenow"]),
    ("slider", &["aria-valuenow"]),
    ("switch", &["aria-checked"]),
];

/// Roles whose elements must sit inside one of the given roles.
pub const REQUIRED_PARENT: &[(&str, &[&str])] = &[
    ("listitem", &["list", "directory"]),
    ("option", &["listbox", "group"]),
    ("tab", &["tablist"]),
    ("menuitem", &["menu", "menubar", "group"]),
    ("menuitemcheckbox", &["menu", "menubar", "group"]),
    ("menuitemradio", &["menu", "menubar", "group"]),
    ("treeitem", &["tree", "group"]),
    ("row", &["table", "grid", "treegrid", "rowgroup"]),
    ("rowgroup", &["table", "grid", "treegrid"]),
    ("cell", &["row"]),
    ("gridcell", &["row"]),
    ("columnheader", &["row"]),
    ("rowheader", &["row"]),
];

/// Roles that must own at least one element of the given roles.
pub const REQUIRED_CHILDREN: &[(&str, &[&str])] = &[
    ("list", &["listitem"]),
    ("listbox", &["option", "group"]),
    ("tablist", &["tab"]),
    (
        "menu",
        &["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
    ),
    (
        "menubar",
        &["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
    ),
    ("tree", &["treeitem", "group"]),
    ("table", &["row", "rowgroup"]),
    ("grid", &["row", "rowgroup"]),
    ("treegrid", &["row", "rowgroup"]),
    ("row", &["cell", "gridcell", "columnheader", "rowheader"]),
    ("radiogroup", &["radio"]),
    ("feed", &["article"]),
];

/// Roles that may not be named with aria-label or aria-labelledby.
pub const NAME_PROHIBITED: &[&str] = &[
    "caption",
    "code",
    "deletion",
    "emphasis",
    "generic",
    "insertion",
    "mark",
    "none",
    "paragraph",
    "presentation",
    "strong",
    "subscript",
    "superscript",
    "suggestion",
    "term",
    "time",
    "doc-pagebreak",
];

/// Roles whose children are presentational: no focusable content may be inside.
pub const CHILDREN_PRESENTATIONAL: &[&str] = &[
    "button",
    "checkbox",
    "img",
    "image",
    "meter",
    "menuitemcheckbox",
    "menuitemradio",
    "option",
    "progressbar",
    "radio",
    "scrollbar",
    "separator",
    "slider",
    "switch",
    "tab",
    "link",
    "menuitem",
    "treeitem",
];

/// Widget roles that need a name, with the rule code the name is checked under.
pub const NEEDS_NAME: &[&str] = &[
    "button",
    "link",
    "menuitem",
    "combobox",
    "listbox",
    "searchbox",
    "slider",
    "spinbutton",
    "textbox",
    "checkbox",
    "menuitemcheckbox",
    "menuitemradio",
    "radio",
    "switch",
    "option",
    "meter",
    "progressbar",
    "tooltip",
    "tab",
    "treeitem",
    "dialog",
    "alertdialog",
];

/// What values an attribute takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// true or false.
    Bool,
    /// true, false or undefined.
    BoolUndefined,
    /// true, false or mixed.
    Tristate,
    /// One id.
    IdRef,
    /// A list of ids.
    IdRefs,
    /// An integer.
    Integer,
    /// A number.
    Number,
    /// One of the listed tokens.
    Token(&'static [&'static str]),
    /// Any text.
    Text,
}

/// The value type of every ARIA attribute, or `None` if the name is not an ARIA attribute.
pub fn value_type(attribute: &str) -> Option<Value> {
    use Value::*;
    Some(match attribute {
        "aria-atomic"
        | "aria-busy"
        | "aria-disabled"
        | "aria-modal"
        | "aria-multiline"
        | "aria-multiselectable"
        | "aria-readonly"
        | "aria-required" => Bool,
        "aria-expanded" | "aria-grabbed" | "aria-hidden" | "aria-selected" => BoolUndefined,
        "aria-checked" | "aria-pressed" => Tristate,
        "aria-activedescendant" | "aria-errormessage" => IdRef,
        "aria-controls" | "aria-describedby" | "aria-details" | "aria-flowto"
        | "aria-labelledby" | "aria-owns" => IdRefs,
        "aria-colcount" | "aria-colindex" | "aria-colspan" | "aria-level" | "aria-posinset"
        | "aria-rowcount" | "aria-rowindex" | "aria-rowspan" | "aria-setsize" => Integer,
        "aria-valuemax" | "aria-valuemin" | "aria-valuenow" => Number,
        "aria-autocomplete" => Token(&["inline", "list", "both", "none"]),
        "aria-current" => Token(&["page", "step", "location", "date", "time", "true", "false"]),
        "aria-dropeffect" => Token(&["copy", "execute", "link", "move", "none", "popup"]),
        "aria-haspopup" => Token(&["false", "true", "menu", "listbox", "tree", "grid", "dialog"]),
        "aria-invalid" => Token(&["grammar", "false", "spelling", "true"]),
        "aria-live" => Token(&["assertive", "off", "polite"]),
        "aria-orientation" => Token(&["horizontal", "vertical", "undefined"]),
        "aria-relevant" => Token(&["additions", "all", "removals", "text"]),
        "aria-sort" => Token(&["ascending", "descending", "none", "other"]),
        "aria-braillelabel"
        | "aria-brailleroledescription"
        | "aria-description"
        | "aria-keyshortcuts"
        | "aria-label"
        | "aria-placeholder"
        | "aria-roledescription"
        | "aria-valuetext" => Text,
        _ => return None,
    })
}

/// Can `role` carry `attribute`?
pub fn supports(role: Option<&str>, attribute: &str) -> bool {
    if GLOBAL.contains(&attribute) {
        return true;
    }
    match ROLE_ATTRS.iter().find(|(a, _)| *a == attribute) {
        Some((_, roles)) => role.is_some_and(|r| roles.contains(&r)),
        None => true,
    }
}

/// The role an author gave (the first token that is a known role), if any.
pub fn explicit_role(e: ElementRef<'_>) -> Option<&'static str> {
    let value = attr(e, "role")?;
    value
        .split_ascii_whitespace()
        .find_map(|t| ROLES.iter().find(|r| r.eq_ignore_ascii_case(t)).copied())
}

/// The element's role: the author's, else the one HTML gives it.
pub fn role(e: ElementRef<'_>) -> Option<&'static str> {
    explicit_role(e).or_else(|| implicit_role(e))
}

/// The role HTML gives an element (HTML-AAM), for the elements the checks care about.
pub fn implicit_role(e: ElementRef<'_>) -> Option<&'static str> {
    let has = |a: &str| attr(e, a).is_some();
    Some(match name(e) {
        "a" | "area" if has("href") => "link",
        "article" => "article",
        "aside" => "complementary",
        "button" => "button",
        "datalist" => "listbox",
        "dd" => "definition",
        "details" => "group",
        "dialog" => "dialog",
        "dt" => "term",
        "fieldset" => "group",
        "figure" => "figure",
        "footer" if !in_sectioning(e) => "contentinfo",
        "form" => "form",
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "header" if !in_sectioning(e) => "banner",
        "hr" => "separator",
        "img" if attr(e, "alt") == Some("") => "presentation",
        "img" => "img",
        "input" => input_role(e)?,
        "li" => "listitem",
        "main" => "main",
        "math" => "math",
        "menu" | "ol" | "ul" => "list",
        "meter" => "meter",
        "nav" => "navigation",
        "option" => "option",
        "output" => "status",
        "progress" => "progressbar",
        "search" => "search",
        "section" if has("aria-label") || has("aria-labelledby") => "region",
        "select"
            if has("multiple")
                || attr(e, "size")
                    .is_some_and(|s| s.trim().parse::<u32>().is_ok_and(|n| n > 1)) =>
        {
            "listbox"
        }
        "select" => "combobox",
        "summary" => "button",
        "table" => "table",
        "tbody" | "thead" | "tfoot" => "rowgroup",
        "td" => "cell",
        "textarea" => "textbox",
        "th" => "columnheader",
        "tr" => "row",
        _ => return None,
    })
}

fn in_sectioning(e: ElementRef<'_>) -> bool {
    super::dom::ancestors(e)
        .any(|a| matches!(name(a), "article" | "aside" | "main" | "nav" | "section"))
}

fn input_role(e: ElementRef<'_>) -> Option<&'static str> {
    let kind = attr(e, "type").unwrap_or("text").to_ascii_lowercase();
    Some(match kind.as_str() {
        "button" | "image" | "reset" | "submit" => "button",
        "checkbox" => "checkbox",
        "radio" => "radio",
        "range" => "slider",
        "number" => "spinbutton",
        "search" => "searchbox",
        "hidden" => return None,
        "email" | "tel" | "text" | "url" | "" if attr(e, "list").is_some() => "combobox",
        _ => "textbox",
    })
}

/// Can the element get keyboard focus (ignoring CSS)?
pub fn focusable(e: ElementRef<'_>) -> bool {
    if attr(e, "disabled").is_some()
        && matches!(
            name(e),
            "button" | "input" | "select" | "textarea" | "fieldset"
        )
    {
        return false;
    }
    if let Some(t) = attr(e, "tabindex").and_then(|t| t.trim().parse::<i64>().ok()) {
        return t >= 0;
    }
    natively_focusable(e) || attr(e, "contenteditable").is_some_and(|v| v != "false")
}

/// Is the element focusable by HTML's rules (links, controls, summary, iframes)?
pub fn natively_focusable(e: ElementRef<'_>) -> bool {
    match name(e) {
        "a" | "area" => attr(e, "href").is_some(),
        "button" | "select" | "textarea" | "iframe" => true,
        "input" => !attr(e, "type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")),
        "summary" => super::dom::parent(e).is_some_and(|p| name(p) == "details"),
        "audio" | "video" => attr(e, "controls").is_some(),
        _ => false,
    }
}

/// Is the element an interactive control (by its tag or its role)?
pub fn interactive(e: ElementRef<'_>) -> bool {
    natively_focusable(e)
        || explicit_role(e).is_some_and(|r| {
            matches!(
                r,
                "button"
                    | "link"
                    | "checkbox"
                    | "radio"
                    | "switch"
                    | "tab"
                    | "menuitem"
                    | "menuitemcheckbox"
                    | "menuitemradio"
                    | "option"
                    | "slider"
                    | "spinbutton"
                    | "textbox"
                    | "searchbox"
                    | "combobox"
                    | "treeitem"
            )
        })
}
