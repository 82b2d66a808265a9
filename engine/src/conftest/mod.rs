//! Conftest compatibility: `tollgate test` runs Conftest policy directories unchanged, on inputs parsed
//! into Conftest's document shapes, with Conftest's counting and outputs.

mod builtins;
mod compiled;
pub mod output;
pub mod parse;
pub mod run;
pub mod sarif;
