//! Conftest compatibility: `tollgate test` runs Conftest policy directories unchanged, on inputs parsed
//! into Conftest's document shapes, with Conftest's counting and outputs; `tollgate check` runs the same
//! policies (`--conftest-policy`) and reports their results as findings.

mod builtins;
mod compiled;
pub mod hcl2_shape;
pub mod in_check;
pub mod output;
pub mod parse;
pub mod run;
pub mod sarif;
pub mod text_formats;
pub mod verify_report;
pub mod xml;
