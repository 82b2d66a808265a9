//! Limits against hostile input: defaults a normal repository never reaches, set for a run from the
//! `limits:` section of `.tollgate.yaml` (the base revision's with `--base`) and `--max-file-size`.
//! Hitting one is a reported error for that file or rule, never a crash, a hang or an out-of-memory kill.

use std::sync::RwLock;
use std::time::Duration;

use serde::Deserialize;

/// Every limit, in the units users write them in.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest file read, in bytes; bigger files are skipped and reported.
    pub max_file_size: u64,
    /// YAML documents in one file.
    pub yaml_documents: usize,
    /// YAML nesting depth (mappings and sequences).
    pub yaml_depth: usize,
    /// Alias (`*ref`) uses in one YAML file.
    pub yaml_aliases: usize,
    /// Parser events in one YAML file, aliases replayed: what a billion-laughs file multiplies.
    pub yaml_events: usize,
    /// Nodes in one YAML file, aliases expanded.
    pub yaml_nodes: usize,
    /// Parser events recorded under anchors for aliases to replay (what alias expansion copies).
    pub yaml_anchored: usize,
    /// HCL nesting depth (blocks, brackets, braces, parentheses).
    pub hcl_depth: usize,
    /// Terraform module calls nested in one another.
    pub module_depth: usize,
    /// Instances one `count` expands to, and module instances in one root module.
    pub instances: usize,
    /// Seconds one rule may take on one input document.
    pub rule_seconds: f64,
    /// Helm `include`/`tpl` calls nested in one another.
    pub render_depth: usize,
    /// Iterations of all `range` actions of one Helm template.
    pub render_iterations: u64,
    /// Bytes one Helm chart may render to.
    pub render_output: usize,
}

/// The deepest HCL nesting a config may allow: the parser recurses per level.
pub const MAX_HCL_DEPTH: usize = 256;
/// The deepest YAML nesting a config may allow: values are built recursively.
pub const MAX_YAML_DEPTH: usize = 128;

/// The deepest `include`/`tpl` nesting a config may allow: each level recurses the template engine.
pub const MAX_RENDER_DEPTH: usize = 200;

/// The longest chain of module calls a config may allow: instances are built recursively.
pub const MAX_MODULE_DEPTH: usize = 32;

/// The defaults: far above what the corpus of public Terraform and Kubernetes code needs.
pub const DEFAULT: Limits = Limits {
    max_file_size: 10 * 1024 * 1024,
    yaml_documents: 10_000,
    yaml_depth: 128,
    yaml_aliases: 50_000,
    yaml_events: 4_000_000,
    yaml_nodes: 2_000_000,
    yaml_anchored: 100_000,
    hcl_depth: 256,
    module_depth: 32,
    instances: 10_000,
    rule_seconds: 5.0,
    render_depth: 100,
    render_iterations: 1_000_000,
    render_output: 64 << 20,
};

impl Default for Limits {
    fn default() -> Self {
        DEFAULT
    }
}

impl Limits {
    /// The time one rule may take on one document (at least a millisecond).
    pub fn rule_time(&self) -> Duration {
        Duration::from_secs_f64(self.rule_seconds.clamp(0.001, 86_400.0))
    }
}

static CURRENT: RwLock<Limits> = RwLock::new(DEFAULT);

/// The limits in force: one set per process (a run reads one config).
pub fn current() -> Limits {
    CURRENT.read().map(|l| *l).unwrap_or_default()
}

/// Puts limits in force for the rest of the process.
pub fn set(limits: Limits) {
    if let Ok(mut current) = CURRENT.write() {
        *current = limits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_section_sets_some_and_keeps_the_rest() {
        let limits: Limits = serde_json::from_str(r#"{"yaml_depth": 16, "rule_seconds": 0.5}"#).unwrap();
        assert_eq!(limits.yaml_depth, 16);
        assert_eq!(limits.rule_time(), Duration::from_millis(500));
        assert_eq!(limits.hcl_depth, Limits::default().hcl_depth);
        assert!(serde_json::from_str::<Limits>(r#"{"yaml_dept": 16}"#).is_err());
    }
}
