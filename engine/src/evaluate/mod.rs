//! 3 EVALUATE: receives rule sources and resources; returns compiled rules with their metadata, and the
//! raw results (rule, resource, message, attribute) of running them per resource and per project.

pub mod cached;
pub mod folder_test;
pub mod loaded;
pub mod metadata;
mod module;
pub mod project_cache;
pub mod registry;
pub mod rego_tests;
pub mod rule;
pub mod run;
pub mod strict;
