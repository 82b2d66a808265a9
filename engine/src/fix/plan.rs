//! From a check's findings to the fixes their rules declare: one fix per resource block and rule
//! (the instances of a `count` block share one), its edits, risk and the fingerprints it answers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::FixStatus;
use super::rule_fix::{FixSpec, Risk, RuleFix, edits};
use crate::load::dir_of;
use crate::model::resource::Resource;
use crate::model::severity::Severity;
use crate::report::model::{Finding, Report};
use crate::scan::ScanOptions;

/// Which findings to fix.
#[derive(Debug, Clone, Default)]
pub struct FixFilter {
    /// Rule ids or `*` globs; empty for all.
    pub rules: Vec<String>,
    pub min_severity: Option<Severity>,
    pub max_risk: Option<Risk>,
}

/// A `*` glob against a rule id.
fn glob(pattern: &str, id: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == id;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !id.starts_with(first) || !id[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &id[first.len()..id.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    true
}

impl FixFilter {
    /// Whether the filter selects the finding (rule ids or globs, minimum severity).
    pub fn wants(&self, finding: &Finding) -> bool {
        (self.rules.is_empty() || self.rules.iter().any(|p| glob(p, &finding.rule_id)))
            && self.min_severity.is_none_or(|s| finding.severity >= s)
    }
}

/// The keys a re-check compares: active findings (fingerprint and file) and the errors.
pub fn report_keys(report: &Report) -> BTreeSet<String> {
    // Fingerprints are per module directory: two files of one folder can share one, the file tells them apart.
    let findings =
        report.findings.iter().filter(|f| f.is_active()).map(|f| format!("finding {} {}", f.fingerprint, f.file));
    let errors = report.errors.iter().map(|e| format!("error {}:{}: {}", e.file, e.line, e.message));
    findings.chain(errors).collect()
}

/// Which directories call which as a module, from the resources' call sites: built once per run,
/// it scopes every re-check of the verification.
pub struct ModuleCallers {
    /// Module directory to the directories that call it (at any depth).
    callers: BTreeMap<String, BTreeSet<String>>,
    /// Directory to the module directories it calls (directly).
    callees: BTreeMap<String, BTreeSet<String>>,
}

impl ModuleCallers {
    pub fn new(resources: &[Resource]) -> ModuleCallers {
        let mut callers: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut callees: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for resource in resources {
            let own = dir_of(&resource.file);
            for call in &resource.module_calls {
                callers.entry(own.to_owned()).or_default().insert(dir_of(&call.file).to_owned());
            }
            // A chain of calls: each call site's directory calls the next one's, the last calls this one.
            let dirs: Vec<&str> = resource.module_calls.iter().map(|c| dir_of(&c.file)).chain([own]).collect();
            for pair in dirs.windows(2).filter(|p| p[0] != p[1]) {
                callees.entry(pair[0].to_owned()).or_default().insert(pair[1].to_owned());
            }
        }
        ModuleCallers { callers, callees }
    }

    /// The options of a re-check of the `edited` files: their module directories with every
    /// directory that calls one of them as a module, the modules those call (their sources must be
    /// in the scan), and other files alone. What an edit can change lies there, so the re-check
    /// costs what the edit touches, not the project.
    pub fn scoped(&self, options: &ScanOptions, edited: &BTreeMap<String, String>) -> ScanOptions {
        let mut paths: BTreeSet<String> = BTreeSet::new();
        let mut dirs: Vec<String> = Vec::new();
        for file in edited.keys() {
            if [".tf", ".tf.json", ".tfvars", ".tfvars.json"].iter().any(|ext| file.ends_with(ext)) {
                let dir = dir_of(file);
                dirs.push(dir.to_owned());
                dirs.extend(self.callers.get(dir).into_iter().flatten().cloned());
            } else {
                paths.insert(file.clone());
            }
        }
        while let Some(dir) = dirs.pop() {
            if paths.insert(dir.clone()) {
                dirs.extend(self.callees.get(&dir).into_iter().flatten().cloned());
            }
        }
        let mut scoped = options.clone();
        if options.files.is_some() || paths.contains("") {
            return scoped;
        }
        // A path under another one is scanned with it.
        let nested = |p: &String| paths.iter().any(|q| q != p && p.starts_with(&format!("{q}/")));
        scoped.paths = paths.iter().filter(|p| !nested(p)).map(PathBuf::from).collect();
        scoped
    }
}

/// The fixes for a report's active findings that declare one.
pub fn plan(
    report: &Report,
    resources: &[Resource],
    filter: &FixFilter,
    read: &dyn Fn(&str) -> Option<String>,
) -> Vec<RuleFix> {
    let mut fixes: Vec<RuleFix> = Vec::new();
    for finding in report.findings.iter().filter(|f| f.is_active() && f.fix.is_some() && filter.wants(f)) {
        let key = format!("finding {} {}", finding.fingerprint, finding.file);
        let spec = FixSpec::parse(finding.fix.as_ref().unwrap_or(&serde_json::Value::Null));
        let risk = spec.as_ref().ok().and_then(|s| s.risk).unwrap_or_default();
        if filter.max_risk.is_some_and(|max| risk > max) {
            continue;
        }
        let resource = resources.iter().find(|r| r.address == finding.resource && r.file == finding.file);
        let built = match (&spec, resource) {
            (Err(e), _) => Err(e.clone()),
            (_, None) => Err(format!("{} was not found among the scanned resources", finding.resource)),
            (Ok(spec), Some(resource)) => read(&resource.file)
                .ok_or_else(|| format!("{}: cannot be read", resource.file))
                .and_then(|source| edits(resource, spec, &source)),
        };
        let (status, reason, edits) = match built {
            Ok(edits) if edits.is_empty() => (FixStatus::Declined, Some("the fix changes nothing here".into()), edits),
            Ok(edits) => (FixStatus::Unverified, None, edits),
            Err(reason) => (FixStatus::Declined, Some(reason), Vec::new()),
        };
        // Instances of one block (count, for_each) get the same edits: one fix answers them all.
        if !edits.is_empty()
            && let Some(same) = fixes.iter_mut().find(|f| f.rule_id == finding.rule_id && f.edits == edits)
        {
            same.findings.push(key);
            continue;
        }
        fixes.push(RuleFix {
            rule_id: finding.rule_id.clone(),
            address: finding.resource.clone(),
            file: finding.file.clone(),
            line: finding.line,
            risk,
            status,
            reason,
            fix: spec.ok(),
            findings: vec![key],
            proposed_by: None,
            monthly_cost_delta: None,
            edits,
        });
    }
    fixes
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn globs_match_rule_ids() {
        assert!(glob("AWS*", "AWS001"));
        assert!(glob("*001", "AWS001"));
        assert!(glob("A*S*1", "AWS001"));
        assert!(!glob("AWS*", "GCP001"));
        assert!(glob("AWS001", "AWS001"));
        assert!(!glob("AWS00", "AWS001"));
    }
}
