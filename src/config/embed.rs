//! `[embed]` of `site.toml`: what the frame pages for other websites may do.

use serde::Deserialize;

/// How frame pages behave on other sites.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Embed {
    /// Frame pages load `embed/resize.js`, which tells a practice's page (that loads it too)
    /// how tall the guide is, so the frame fits it. Off by default: pages run no JavaScript.
    pub resize_script: bool,
}

/// `[embed]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEmbed {
    resize_script: Option<bool>,
}

/// Fills in the defaults.
pub fn embed(raw: RawEmbed) -> Embed {
    Embed {
        resize_script: raw.resize_script.unwrap_or(false),
    }
}
