//! Suppressions: inline comments and annotations on resources, and config waivers.

pub mod inline;
pub mod waivers;
