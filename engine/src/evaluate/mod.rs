//! 3 EVALUATE: rule metadata, compiling rule sources, and running rules over resources.

pub mod cached;
pub mod folder_test;
pub mod loaded;
pub mod metadata;
pub mod project_cache;
pub mod registry;
pub mod rego_tests;
pub mod rule;
pub mod run;
