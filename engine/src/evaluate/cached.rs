//! Joining the cache with a run: per-resource findings of cached files come back from the cache, and
//! the files evaluated now are stored with theirs. Project rules always run (they span files).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use super::metadata::Scope;
use super::rule::Rule;
use super::run::{Evaluation, RawFinding};
use crate::cache::{Cache, CachedFinding, CachedResult, FileEntry};
use crate::load::FileRef;
use crate::model::resource::Resource;
use crate::normalize::Normalized;
use crate::scan::file::FileOutcome;

pub fn merge_and_store(
    cache: &Cache,
    rules: &[Rule],
    files: &[FileOutcome],
    spans: &[Range<usize>],
    resources: &[Resource],
    evaluation: &mut Evaluation,
) {
    let types = project_types(rules);
    let rule_index: HashMap<&str, usize> = rules.iter().enumerate().map(|(i, r)| (r.file.as_str(), i)).collect();
    let file_of: Vec<usize> = spans.iter().enumerate().flat_map(|(f, span)| span.clone().map(move |_| f)).collect();
    let mut fresh: BTreeMap<usize, Vec<CachedFinding>> = BTreeMap::new();
    for finding in &evaluation.findings {
        if rules[finding.rule].meta.scope != Scope::Resource {
            continue;
        }
        let file = file_of[finding.resource];
        fresh.entry(file).or_default().push(CachedFinding {
            rule_file: rules[finding.rule].file.clone(),
            resource: finding.resource - spans[file].start,
            message: finding.message.clone(),
            attribute: finding.attribute.clone(),
            is_warning: finding.is_warning,
            severity: finding.severity,
            fix: finding.fix.clone(),
        });
    }
    let failed_files: BTreeSet<usize> =
        evaluation.errors.iter().filter_map(|e| e.resource).map(|r| file_of[r]).collect();
    for (index, file) in files.iter().enumerate() {
        match &file.cached {
            Some(entry) => {
                for c in &entry.findings {
                    let Some(rule) = rule_index.get(c.rule_file.as_str()) else { continue };
                    evaluation.findings.push(RawFinding {
                        rule: *rule,
                        resource: spans[index].start + c.resource,
                        message: c.message.clone(),
                        attribute: c.attribute.clone(),
                        is_warning: c.is_warning,
                        severity: c.severity,
                        fix: c.fix.clone(),
                    });
                }
            }
            None => {
                // A file whose evaluation failed is not stored: the next run tries again.
                let Some(key) = &file.cache_key else { continue };
                if failed_files.contains(&index) {
                    continue;
                }
                let result = match &file.result {
                    Ok(Normalized::Resources { .. } | Normalized::Terraform(_)) => CachedResult::Resources,
                    Ok(Normalized::Skipped { reason }) => CachedResult::Skipped(reason.clone()),
                    Err(err) if err.kind == "parse" || err.kind == "decode" => CachedResult::Error(err.clone()),
                    Err(_) => continue,
                };
                let findings = fresh.remove(&index).unwrap_or_default();
                // Resource bodies are kept only when a project rule will read them (same rule set, same key).
                let own = &resources[spans[index].clone()];
                let keep = own.iter().any(|r| types.as_ref().is_none_or(|t| t.contains(&r.resource_type)));
                cache.store(&FileEntry::new(key.clone(), result, own, findings, keep));
            }
        }
    }
}

/// The resource types project rules read (`None`: a project rule reads every type).
pub fn project_types(rules: &[Rule]) -> Option<std::collections::HashSet<String>> {
    let mut types = std::collections::HashSet::new();
    for rule in rules.iter().filter(|r| r.meta.scope == Scope::Project) {
        if rule.meta.resource_types.is_empty() {
            return None;
        }
        types.extend(rule.meta.resource_types.iter().cloned());
    }
    Some(types)
}

/// Adds the text of files that findings or errors point into but were not read (cache hits).
pub fn fill_sources(sources: &mut BTreeMap<String, Arc<str>>, used: &BTreeSet<&str>, files: &[FileRef]) {
    let missing: Vec<&FileRef> =
        files.iter().filter(|f| used.contains(f.display.as_str()) && !sources.contains_key(&f.display)).collect();
    for file in missing {
        // A rendered file's findings point into its template, not its rendering.
        let bytes = match (&file.rendered, &file.data) {
            (Some(origin), _) => Some(origin.template.as_bytes().to_vec()),
            (None, Some(data)) => Some(data.to_vec()),
            (None, None) => std::fs::read(&file.path).ok(),
        };
        if let Some(text) = bytes.and_then(|b| crate::model::text::decode(&b).ok()) {
            sources.insert(file.display.clone(), Arc::from(text));
        }
    }
}

/// With a cache, files are read without the resources project rules read. When the scan's files are
/// those of a scan whose project findings are stored, those come back (`project_cache`); otherwise
/// the resources of the project rules' types are loaded now (a file whose stored resources cannot be
/// read is read again). Returns the scan's digest (to store the project findings under) and the
/// stored findings.
pub fn project_results(
    cache: &Cache,
    files: &mut [FileOutcome],
    refs: &[FileRef],
    rules: &[Rule],
    max_bytes: u64,
) -> (Option<String>, Option<Vec<(RawFinding, crate::cache::HeadDetail)>>) {
    let digest = super::project_cache::digest(files);
    if let Some(found) = digest.as_deref().and_then(|d| super::project_cache::load(cache, d, rules)) {
        return (digest, Some(found));
    }
    let types = project_types(rules);
    let reads = |head: &crate::cache::ResourceHead| types.as_ref().is_none_or(|t| t.contains(&head.resource_type));
    files.par_iter_mut().zip(refs).for_each(|(file, file_ref)| {
        let Some(entry) = file.cached.as_mut().filter(|e| e.heads.iter().any(reads)) else { return };
        if !cache.load_resources(entry) {
            let key = file.cache_key.take();
            *file = crate::scan::file::read_file(file_ref, max_bytes, None, None);
            file.cache_key = key;
        }
    });
    (digest, None)
}
