//! Suppressions: inline comments and annotations on resources, config waivers, and baselines of
//! accepted findings.

pub mod baseline;
pub mod inline;
pub mod waivers;
