//! Test data made in memory, shared by the integration tests and the benchmarks.

pub mod bomb;
pub mod photo;
pub mod svg;
