//! End-to-end tests of the `tollgate` binary: real files in temp directories, real processes,
//! JSON output checked by snapshot and by schema.

mod action;
mod bad_input;
mod baseline;
mod cache;
mod check;
mod config;
mod conftest;
mod conftest_check;
mod cost;
mod determinism;
mod drift;
mod drift_fix;
mod drift_rules;
mod explain;
mod explain_drift;
mod fix;
mod fix_rounds;
mod fix_scope;
mod formats;
mod git;
mod github;
mod github_server;
mod loading;
mod local_http;
mod network;
mod openai_server;
mod policies;
mod pre_commit;
mod prices;
mod rules_cmd;
mod shard;
mod support;
mod suppressions;
mod terraform;
mod verify;
