//! Integration tests: the `easyguide` binary run over small fixture sites in `tests/fixtures`.
//!
//! One test binary (fast to link), one module per feature, and a small chainable helper in
//! [`helper`]: copy a fixture, change a file, build, look at the result.

mod a11y;
mod build;
mod cli;
mod errors;
mod help;
mod helper;
mod i18n;
mod output;
mod pictures;
mod readability;
mod repository;
#[path = "../support/mod.rs"]
mod support;
mod theme;
