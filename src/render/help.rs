//! The help points of `site.toml` (`[[help.points]]`) as HTML for the "Need help?" box: each
//! place's name, address, phone number (a `tel:` link a phone can call) and opening times,
//! under translated labels. The values are the site's own words, in its language: on a page
//! in another language they are marked with it, so a screen reader reads them in its voice.

use std::fmt::Write;

use pulldown_cmark_escape::{escape_href, escape_html_body_text};

use super::html::ui_html;
use crate::config::HelpPoint;
use crate::lang::Lang;
use crate::translate::Ui;

/// The help points as a list; empty when there are none.
pub fn points(points: &[HelpPoint], ui: &Ui, lang: &Lang, source: &Lang) -> String {
    if points.is_empty() {
        return String::new();
    }
    let marked = |out: &mut String, text: &str| {
        if lang != source {
            let _ = write!(out, "<span lang=\"{source}\" dir=\"{}\">", source.dir());
        }
        let _ = escape_html_body_text(&mut *out, text);
        if lang != source {
            out.push_str("</span>");
        }
    };
    let mut out = String::from("<ul class=\"help-points\">\n");
    for point in points {
        out.push_str("<li class=\"help-point\">\n<p class=\"help-point-name\"><strong>");
        marked(&mut out, &point.name);
        out.push_str("</strong></p>\n");
        if let Some(address) = &point.address {
            label(&mut out, ui, lang, "help-address");
            marked(&mut out, address);
            out.push_str("</p>\n");
        }
        if let (Some(phone), Some(tel)) = (&point.phone, point.tel()) {
            label(&mut out, ui, lang, "help-phone");
            out.push_str("<a href=\"");
            let _ = escape_href(&mut out, &tel);
            out.push_str("\" dir=\"ltr\">");
            let _ = escape_html_body_text(&mut out, phone);
            out.push_str("</a></p>\n");
        }
        if let Some(opening) = &point.opening {
            label(&mut out, ui, lang, "help-opening");
            marked(&mut out, opening);
            out.push_str("</p>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    out
}

fn label(out: &mut String, ui: &Ui, lang: &Lang, id: &str) {
    let _ = write!(
        out,
        "<p><span class=\"help-label\">{}</span> ",
        ui_html(ui, lang, id, None)
    );
}
