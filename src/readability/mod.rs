//! Reading level of any text, in any language: segmentation, syllables, measures, findings.
pub mod segment;
pub mod syllables;
