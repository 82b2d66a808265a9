//! tollgate's engine: a synchronous pipeline that never prints and never opens a socket.
//!
//! ```text
//! load::discover(paths)             1 LOAD       files, by name; .gitignore, excludes, Helm, Kustomize
//!   -> normalize::normalize(file)   2 NORMALIZE  Terraform, plan/state JSON, Kubernetes, CloudFormation
//!   -> evaluate::run::run(rules)    3 EVALUATE   Rego rules (regorus), per resource type or per project
//!   -> scan::findings               severity overrides, fingerprints, suppressions, waivers, baseline
//!   -> scan::conftest               Conftest policies on the documents as Conftest parses them
//!   -> report::{json, sarif, ...}   4 REPORT     pure renderers over `report::model::Report`
//! ```
//! `scan::scan` runs it all, stage by stage (`scan/mod.rs`); `ARCHITECTURE.md` maps the tree.

pub mod ask;
pub mod cache;
pub mod config;
pub mod conftest;
pub mod cost;
pub mod draft;
pub mod drift;
pub mod evaluate;
pub mod explain;
pub mod fix;
pub mod git;
pub mod load;
pub mod model;
pub mod modules;
pub mod normalize;
pub mod render;
pub mod report;
pub mod scan;
pub mod suppress;

pub use model::severity::Severity;
pub use scan::{PolicyModules, Progress, ScanOptions, ScanOutcome, Silent, scan};
