//! Integration tests: the `easyguide` binary run over small fixture sites in `tests/fixtures`.
//!
//! One test binary (fast to link), one module per feature, and a small chainable helper in
//! [`helper`]: copy a fixture, change a file, build, look at the result.

mod a11y;
mod architecture;
mod authors;
mod build;
mod build_a11y;
mod bundle;
mod cache;
mod catalogue;
mod cli;
mod conventions;
mod crash;
mod deep;
mod errors;
mod gen_site;
mod help;
mod helper;
mod i18n;
mod origins;
mod output;
mod outputs;
mod ownership;
mod pictures;
mod properties;
mod readability;
mod repository;
mod serve;
#[path = "../support/mod.rs"]
mod support;
mod svg;
mod theme;
mod translators;
mod workspace;
