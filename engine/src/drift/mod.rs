//! Drift: the resources the repository declares against live snapshots of what runs, matched by
//! address or provider identity and classified `missing`, `unmanaged` or `changed` (per attribute).

pub mod diff;
pub mod explain;
pub mod html;
pub mod identity;
pub mod ignore;
pub mod jsonl;
pub mod live;
pub mod policy;
pub mod render;
pub mod snapshot;
pub mod state;
pub mod terraform_drift;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::resource::{Kind, Resource};
use crate::model::severity::Severity;
use crate::report::model::{ReportError, Warning};

/// A declared resource with no live counterpart.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Missing {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    /// The drift rules that weighed this difference (its severity is the highest they gave).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<policy::RuleHit>,
    /// With `--explain`: what is at risk, the change, the trade-offs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<crate::explain::Explanation>,
}

/// A live resource nothing declares.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Unmanaged {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    /// The provider's id (`id`, or Kubernetes namespace/name) when the snapshot has one.
    pub id: Option<String>,
    pub severity: Severity,
    pub snapshot: String,
    pub snapshot_line: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<policy::RuleHit>,
    /// With `--explain`: what is at risk, the change, the trade-offs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<crate::explain::Explanation>,
}

/// One attribute whose live value differs from the declared one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Changed {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub attribute: String,
    pub desired: Value,
    pub live: Value,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub snapshot: String,
    pub snapshot_line: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<policy::RuleHit>,
    /// With `--explain`: what is at risk, the change, the trade-offs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<crate::explain::Explanation>,
}

pub use crate::report::model::DriftSummary;

/// The drift report (`schemas/drift.schema.json`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DriftReport {
    pub version: u32,
    pub summary: DriftSummary,
    pub missing: Vec<Missing>,
    pub unmanaged: Vec<Unmanaged>,
    pub changed: Vec<Changed>,
    pub errors: Vec<ReportError>,
    /// Warnings of the run (`--explain`: the model's answers not used, the budget spent; a refresh-only
    /// plan's `resource_drift` that disagrees with the comparison).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// The declared resources with null-versus-empty differences set aside (for the warnings).
    #[serde(skip)]
    pub cosmetic_addresses: std::collections::BTreeSet<String>,
}

/// How differences are judged.
#[derive(Debug, Clone, Default)]
pub struct DriftOptions {
    /// Whether `null` and an empty string, list or map differ (default: they do not).
    pub strict_empty: bool,
    pub ignore: ignore::DriftIgnore,
    pub fail_on: Option<Severity>,
}

/// Default severities until drift policies weigh them: a declared resource gone is high, a changed
/// attribute medium, an unmanaged resource low.
pub const MISSING: Severity = Severity::High;
pub const CHANGED: Severity = Severity::Medium;
pub const UNMANAGED: Severity = Severity::Low;

/// Whether a resource of the repository is something live snapshots can hold (not a data source,
/// provider or variable, not itself a state or plan).
pub fn is_declared(resource: &Resource) -> bool {
    matches!(resource.kind, Kind::Terraform | Kind::Kubernetes | Kind::Cloudformation) && resource.is_created()
}

/// Compares declared resources with live ones.
pub fn compare(desired: &[Resource], live: &[Resource], options: &DriftOptions) -> DriftReport {
    compare_matched(desired, live, options).0
}

/// Compares declared resources with live ones; also gives, per declared resource, the live one it matched.
pub fn compare_matched(
    desired: &[Resource],
    live: &[Resource],
    options: &DriftOptions,
) -> (DriftReport, Vec<Option<usize>>) {
    let matches = identity::match_resources(desired, live);
    let mut report = DriftReport { version: 1, ..Default::default() };
    let mut ignored = 0;
    let mut live_matched = vec![false; live.len()];
    for (d, resource) in desired.iter().enumerate() {
        let Some(l) = matches.by_desired[d] else {
            if options.ignore.ignores(&resource.address, None) {
                ignored += 1;
                continue;
            }
            report.missing.push(Missing {
                address: resource.address.clone(),
                resource_type: resource.resource_type.clone(),
                severity: MISSING,
                file: resource.file.clone(),
                line: resource.location.line,
                rules: Vec::new(),
                explanation: None,
            });
            continue;
        };
        live_matched[l] = true;
        report.summary.matched += 1;
        let found = &live[l];
        let compared = diff::differences(resource, &found.values, options.strict_empty);
        report.summary.cosmetic += compared.cosmetic;
        if compared.cosmetic > 0 {
            report.cosmetic_addresses.insert(resource.address.clone());
        }
        let before = report.changed.len();
        for difference in compared.differences {
            if options.ignore.ignores(&resource.address, Some(&difference.path)) {
                ignored += 1;
                continue;
            }
            // The attribute's own line where the code writes it (else its closest parent's).
            let line = resource.locate(Some(&difference.path)).line;
            report.changed.push(Changed {
                address: resource.address.clone(),
                resource_type: resource.resource_type.clone(),
                attribute: difference.path,
                desired: difference.desired,
                live: difference.live,
                severity: CHANGED,
                file: resource.file.clone(),
                line,
                snapshot: found.file.clone(),
                snapshot_line: found.location.line,
                rules: Vec::new(),
                explanation: None,
            });
        }
        report.summary.changed_resources += usize::from(report.changed.len() > before);
    }
    for (l, resource) in live.iter().enumerate() {
        if live_matched[l] || resource.is_data_source() {
            continue;
        }
        if options.ignore.ignores(&resource.address, None) {
            ignored += 1;
            continue;
        }
        report.unmanaged.push(Unmanaged {
            address: resource.address.clone(),
            resource_type: resource.resource_type.clone(),
            id: identity::provider_id(resource),
            severity: UNMANAGED,
            snapshot: resource.file.clone(),
            snapshot_line: resource.location.line,
            rules: Vec::new(),
            explanation: None,
        });
    }
    report.missing.sort_by(|a, b| a.address.cmp(&b.address));
    report.unmanaged.sort_by(|a, b| (&a.address, &a.snapshot).cmp(&(&b.address, &b.snapshot)));
    report.changed.sort_by(|a, b| (&a.address, &a.attribute).cmp(&(&b.address, &b.attribute)));
    report.summary.desired = desired.len();
    report.summary.live = live.iter().filter(|r| !r.is_data_source()).count();
    report.summary.ignored = ignored;
    (report, matches.by_desired)
}

impl DriftReport {
    /// Fills the counts and the result; the exit code follows from it (0 clean, 1 drift, 2 error).
    pub fn finish(&mut self, errors: Vec<ReportError>, fail_on: Option<Severity>) -> i32 {
        self.errors.extend(errors);
        let summary = &mut self.summary;
        summary.missing = self.missing.len();
        summary.unmanaged = self.unmanaged.len();
        summary.changed_attributes = self.changed.len();
        summary.errors = self.errors.len();
        summary.fail_on = fail_on;
        let threshold = fail_on.unwrap_or(Severity::Low);
        let severities = self
            .missing
            .iter()
            .map(|m| m.severity)
            .chain(self.unmanaged.iter().map(|u| u.severity))
            .chain(self.changed.iter().map(|c| c.severity));
        let (mut any, mut failing) = (false, false);
        for severity in severities {
            any = true;
            failing |= severity >= threshold;
        }
        let (result, code) = match (summary.errors > 0, failing, any) {
            (true, _, _) => ("error", 2),
            (false, true, _) => ("drift", 1),
            (false, false, true) => ("drift-below-threshold", 0),
            (false, false, false) => ("clean", 0),
        };
        summary.result = result.into();
        code
    }
}
