//! Project-rule results of a whole scan, cached. A project rule reads every resource of its types in
//! a directory, across files: when a scan's files are those of an earlier scan (the same cache keys
//! in the same order: same contents, rules and configuration), the project rules find what they found
//! then. Their findings are stored under a digest of all the files' cache keys, so a warm run neither
//! loads the resources they read nor evaluates them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::metadata::Scope;
use super::rule::Rule;
use super::run::{Evaluation, RawFinding};
use crate::cache::{Cache, CachedFinding, HeadDetail};
use crate::model::resource::Resource;
use crate::scan::file::FileOutcome;

/// Whether a rule's results are cached here (a project rule that is not a drift rule).
pub fn is_project_rule(rule: &Rule) -> bool {
    rule.meta.scope == Scope::Project && !rule.meta.drift
}

/// The digest of a scan's files: their cache keys in order (`None` when one has none).
pub fn digest(files: &[FileOutcome]) -> Option<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.cache_key.as_deref()?.as_bytes());
        hasher.update([0]);
    }
    Some(format!("project-{}", hex::encode(&hasher.finalize()[..16])))
}

/// A stored project finding with what placing it takes of its resource (which a warm run rebuilds from
/// its head, without values or locations).
#[derive(Serialize, Deserialize)]
pub struct StoredFinding {
    finding: CachedFinding,
    detail: HeadDetail,
}

/// The project rules' findings stored for `digest`, as raw findings of `rules`, each with its
/// resource's detail.
pub fn load(cache: &Cache, digest: &str, rules: &[Rule]) -> Option<Vec<(RawFinding, HeadDetail)>> {
    let stored: Vec<StoredFinding> = cache.load_extra(digest)?;
    stored
        .into_iter()
        .map(|StoredFinding { finding: f, detail }| {
            let rule = rules.iter().position(|r| r.file == f.rule_file && is_project_rule(r))?;
            let raw = RawFinding {
                rule,
                resource: f.resource,
                message: f.message,
                attribute: f.attribute,
                is_warning: f.is_warning,
                severity: f.severity,
                fix: f.fix,
            };
            Some((raw, detail))
        })
        .collect()
}

/// Places stored findings: their resources, rebuilt from heads, get the stored details.
pub fn restore(found: &[(RawFinding, HeadDetail)], resources: &mut [Resource]) {
    for (finding, detail) in found {
        if let Some(resource) = resources.get_mut(finding.resource) {
            detail.apply(resource);
        }
    }
}

/// Stores the project rules' findings of an evaluation, unless one of them failed (the next run then
/// evaluates again).
pub fn store(cache: &Cache, digest: &str, rules: &[Rule], evaluation: &Evaluation, resources: &[Resource]) {
    if evaluation.errors.iter().any(|e| is_project_rule(&rules[e.rule])) {
        return;
    }
    let findings: Vec<StoredFinding> = evaluation
        .findings
        .iter()
        .filter(|f| is_project_rule(&rules[f.rule]))
        .filter_map(|f| {
            let resource = resources.get(f.resource)?;
            let finding = CachedFinding {
                rule_file: rules[f.rule].file.clone(),
                resource: f.resource,
                message: f.message.clone(),
                attribute: f.attribute.clone(),
                is_warning: f.is_warning,
                severity: f.severity,
                fix: f.fix.clone(),
            };
            Some(StoredFinding { detail: HeadDetail::of(resource, f.attribute.as_deref().into_iter()), finding })
        })
        .collect();
    cache.store_extra(digest, &findings);
}
