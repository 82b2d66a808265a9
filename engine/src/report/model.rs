//! The report every renderer reads: findings, errors, warnings, skipped files and a summary.
//! Its JSON form is described by `schemas/report.schema.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::severity::Severity;

pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub tool: Tool,
    pub findings: Vec<Finding>,
    /// With `--base`: findings of the base that the head no longer has.
    pub fixed: Vec<Finding>,
    pub errors: Vec<ReportError>,
    pub warnings: Vec<Warning>,
    pub skipped: Vec<SkippedFile>,
    pub rules: Vec<RuleInfo>,
    pub summary: Summary,
    /// How the run's Terraform evaluated (absent when it scanned none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terraform: Option<TerraformSummary>,
    /// With `--live`: how the declared resources compare with the live snapshots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drift: Option<DriftSummary>,
    /// With `--framework`: each framework's controls, passed, failed or not evaluated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posture: Vec<FrameworkPosture>,
    /// What was scanned and when, for pages and terminals (not in the JSON report, which stays the
    /// same from run to run).
    #[serde(skip)]
    pub scanned: Scanned,
    /// The estimate of the scanned resources, for the HTML page (`check --format html`); not in the
    /// JSON report, whose cost lives in `tollgate cost`.
    #[serde(skip)]
    pub cost: Option<ReportCost>,
}

/// The estimate the HTML page shows, and the base revision's total with `--base`.
#[derive(Debug, Clone)]
pub struct ReportCost {
    pub estimate: crate::cost::CostReport,
    pub base_total: Option<f64>,
}

/// What a run scanned: the paths as given, the revision (`--rev`, `--base`), and when.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scanned {
    pub paths: Vec<String>,
    pub revision: Option<String>,
    pub generated_at: Option<String>,
}

/// How much of the Terraform evaluated, so a clean result can be trusted: attribute expressions
/// evaluated, those that stayed unknown and why, and what was not evaluated at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TerraformSummary {
    pub root_modules: usize,
    pub resources: usize,
    pub expressions: usize,
    /// Expressions whose value stayed (partly) unknown.
    pub unknown: usize,
    /// Unknown expressions by reason: `computed`, `missing_variable`, `remote_module`,
    /// `unsupported_function`, `impure_function`, `error`, `cycle`.
    pub unknown_reasons: BTreeMap<String, usize>,
    /// Calls of functions tollgate does not implement, by name.
    pub unsupported_functions: BTreeMap<String, usize>,
    pub modules_not_evaluated: Vec<ModuleNotEvaluated>,
    pub missing_variables: Vec<MissingVariable>,
}

impl TerraformSummary {
    /// Lists in file order, whichever root module met them first (so shards merge to the same).
    pub fn sort_lists(&mut self) {
        self.modules_not_evaluated.sort_by(|a, b| (&a.file, a.line, &a.module).cmp(&(&b.file, b.line, &b.module)));
        self.missing_variables.sort_by(|a, b| (&a.file, a.line, &a.name).cmp(&(&b.file, b.line, &b.name)));
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleNotEvaluated {
    pub module: String,
    pub source: String,
    pub file: String,
    pub line: usize,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingVariable {
    pub name: String,
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    pub rule_id: String,
    pub severity: Severity,
    pub title: String,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub resource: String,
    pub resource_type: String,
    /// The input kind: terraform, terraform_plan, terraform_state, kubernetes, cloudformation.
    pub kind: String,
    /// The attribute path the rule named (`ingress[0].cidr_blocks`), if any.
    pub attribute: Option<String>,
    pub fingerprint: String,
    pub suppressed: bool,
    pub suppression: Option<Suppression>,
    /// In the baseline given with `--baseline`: reported, but does not fail the run.
    pub baselined: bool,
    /// With `--base`: `new` (not in the base) or `unchanged` (same fingerprint in the base).
    pub change: Option<String>,
    pub frameworks: BTreeMap<String, Vec<String>>,
    /// For a resource inside a Terraform module: the `module` blocks from the root down to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub module_calls: Vec<crate::model::resource::ModuleCallSite>,
    /// With `--live`: found on a live snapshot entry only (the code is clean or declares nothing);
    /// the finding points at the snapshot entry.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub live_only: bool,
    /// For a live-only finding: the declared resource its snapshot entry matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<crate::model::drift_state::CodeRef>,
    /// The fix the rule declares for this finding, as data (`tollgate fix` applies and verifies it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<serde_json::Value>,
    /// With `--explain`: what is at risk, the change, the trade-offs (from the rule or a model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
    /// Other places that explain the finding: for a value a Helm values file or a Kustomize patch
    /// wrote, the line of the rendered template or built file that carries it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedLocation>,
}

/// A place related to a finding, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelatedLocation {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Finding {
    /// Whether the finding counts toward the gate.
    pub fn is_active(&self) -> bool {
        !self.suppressed && !self.baselined
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Suppression {
    /// `inline` (comment or annotation) or `waiver` (config).
    pub kind: String,
    pub reason: String,
    pub expires: Option<String>,
}

/// Something that could not be read, parsed or evaluated. Any error fails the run (exit 2).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ReportError {
    /// `io`, `decode`, `parse`, `config`, `rule`, `limit`.
    pub kind: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub rule_id: Option<String>,
}

/// Worth knowing, not failing: unused or expired waivers, Helm templates not rendered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// Kebab-case code: `unused-waiver`, `expired-waiver`, `helm-not-rendered`, `file-too-large`.
    pub code: String,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SkippedFile {
    pub file: String,
    pub reason: String,
}

/// What a rule says about itself, for SARIF `rules[]` and other consumers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuleInfo {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub description: String,
    pub remediation: String,
    /// Why the finding matters (METADATA `custom.why`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// A corrected example (METADATA `custom.example`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example: String,
    pub file: String,
    pub frameworks: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub files_scanned: usize,
    pub files_skipped: usize,
    pub files_unknown_format: usize,
    pub helm_templates_skipped: usize,
    pub resources: usize,
    /// Resources with attributes whose values are not known statically (rules stay silent on those).
    pub resources_with_unknown_values: usize,
    pub rules: usize,
    pub evaluations: usize,
    pub findings: usize,
    pub suppressed: usize,
    pub baselined: usize,
    /// With `--base`: active findings new in the head, those also in the base, base findings gone.
    pub new: usize,
    pub unchanged: usize,
    pub fixed: usize,
    /// `--new-only`: only new findings fail the run.
    pub new_only: bool,
    pub by_severity: BTreeMap<Severity, usize>,
    pub errors: usize,
    pub warnings: usize,
    pub fail_on: Severity,
    /// `pass`, `fail` (active findings at or above `fail_on`) or `error`.
    pub result: String,
}

impl Summary {
    /// Active findings of one severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.by_severity.get(&severity).copied().unwrap_or(0)
    }
}

impl Report {
    /// 0 clean, 1 findings at or above the failing severity, 2 errors.
    pub fn exit_code(&self) -> u8 {
        match self.summary.result.as_str() {
            "error" => 2,
            "fail" => 1,
            _ => 0,
        }
    }
}

/// One framework's posture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkPosture {
    /// The framework as the rules name it (`cis-aws-v3.0`).
    pub framework: String,
    pub controls_passed: usize,
    pub controls_failed: usize,
    pub controls_not_evaluated: usize,
    /// Passed controls in percent of the evaluated ones; `None` (`null`, "n/a") when none was
    /// evaluated: nothing judged is no evidence of compliance.
    pub score: Option<u32>,
    pub controls: Vec<Control>,
}

/// One control and the rules that check it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Control {
    pub id: String,
    /// `passed`, `failed` or `not_evaluated`.
    pub status: String,
    pub rules: Vec<String>,
}

/// What drift a run found, in numbers: the summary of `tollgate drift` and of `check --live`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DriftSummary {
    pub desired: usize,
    pub live: usize,
    pub matched: usize,
    pub missing: usize,
    pub unmanaged: usize,
    /// Resources with at least one changed attribute, and the changed attributes.
    pub changed_resources: usize,
    pub changed_attributes: usize,
    /// Differences left out by the ignore file.
    pub ignored: usize,
    /// Null-versus-empty differences (`null` against `""`, `[]` or `{}`) set aside: drift only with
    /// `--strict-empty`.
    #[serde(default)]
    pub cosmetic: usize,
    pub errors: usize,
    pub fail_on: Option<Severity>,
    /// `clean`, `drift` (at or above `fail_on`), `drift-below-threshold`, or `error`.
    pub result: String,
}

/// One finding's explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// `rule` (the rule's metadata) or `model`.
    pub source: String,
    /// The model that answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// What is at risk in this resource.
    pub risk: String,
    /// The concrete change to make.
    pub change: String,
    /// What the change costs or may break.
    pub tradeoffs: String,
    /// Served from the answer cache (no request made).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cached: bool,
    /// Why a model was asked for but its answer is not used (budget spent, invalid answer, timeout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
