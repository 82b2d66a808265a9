//! The rules one run uses, compiled: the built-in pack, config and `--policy` paths, policies read from
//! git, and per-path override policies with the paths they are limited to.

use globset::GlobSet;

use crate::config::select::path_globs;
use crate::evaluate::registry::{self, RuleSet};
use crate::evaluate::rule::Rule;
use crate::report::model::ReportError;
use crate::scan::options::ScanOptions;

/// Rules with, for override policies, the paths they are limited to.
#[derive(Default)]
pub struct LoadedRules {
    pub rules: Vec<Rule>,
    /// What every loaded rule says about itself, before `--framework` kept some: selectors are
    /// checked against these.
    pub all: Vec<crate::evaluate::metadata::RuleMeta>,
    pub scopes: Vec<Option<GlobSet>>,
    pub errors: Vec<ReportError>,
}

/// Compiles every rule source a run uses.
pub fn load_rules(options: &ScanOptions) -> LoadedRules {
    let config = &options.config;
    let mut loaded = LoadedRules { rules: Vec::new(), all: Vec::new(), scopes: Vec::new(), errors: Vec::new() };
    let add = |set: RuleSet, scope: Option<GlobSet>, loaded: &mut LoadedRules| {
        for err in set.errors {
            loaded.errors.push(ReportError {
                kind: "rule".into(),
                file: err.file,
                line: err.line,
                column: err.column,
                message: err.message,
                rule_id: None,
            });
        }
        // `--framework`: only the rules mapped to one of the frameworks.
        let wanted =
            |rule: &Rule| options.frameworks.is_empty() || options.frameworks.iter().any(|f| rule.meta.maps_to(f));
        loaded.all.extend(set.rules.iter().map(|r| r.meta.clone()));
        for rule in set.rules.into_iter().filter(wanted) {
            loaded.scopes.push(scope.clone());
            loaded.rules.push(rule);
        }
    };
    if options.builtin && config.config.builtin != Some(false) {
        add(registry::builtin(), None, &mut loaded);
    }
    for policy in &config.config.policies {
        add(registry::load_path(&config.dir.join(policy)), None, &mut loaded);
    }
    for policy in &options.policy_paths {
        add(registry::load_path(policy), None, &mut loaded);
    }
    for source in &options.policy_modules {
        let scope = (!source.paths.is_empty()).then(|| path_globs(&source.paths, &config.base()).ok()).flatten();
        add(registry::compile_modules(&source.label, source.modules.clone()), scope, &mut loaded);
    }
    for o in &config.config.overrides {
        let Ok(scope) = path_globs(&o.paths, &config.base()) else {
            continue;
        };
        for policy in &o.policies {
            add(registry::load_path(&config.dir.join(policy)), Some(scope.clone()), &mut loaded);
        }
    }
    loaded
}
