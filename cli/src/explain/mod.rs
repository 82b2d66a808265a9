//! `--explain`: each selected finding gets its rule's explanation (offline, free); with a model
//! configured, the redacted resource block and the rule text are sent to it (a fallback chain of
//! endpoints, a token budget, an answer cache, an audit log) and its answer replaces the rule's.
//! Nothing a model does can fail the scan: the rule's explanation stays, with the reason.

mod audit;
mod cache;
pub mod chain;
pub mod model;
pub mod propose;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tollgate_engine::config::ModelConfig;
use tollgate_engine::explain::prompt::{self, Prompt};
use tollgate_engine::explain::{block, explain_from_rules, redact};
use tollgate_engine::report::model::{Report, Warning};

use crate::args::{ExplainArgs, ModelArgs, ProposeArgs};
use model::Endpoint;

/// What `--explain` was asked to do.
pub struct Settings {
    pub max: usize,
    pub dry_run: bool,
    pub endpoints: Vec<Endpoint>,
    pub budget: u64,
    pub timeout: Duration,
    pub audit_log: Option<PathBuf>,
    pub cache_dir: Option<PathBuf>,
}

impl Settings {
    /// `None` without `--explain` (or `--explain-dry-run`). `configured`: the config's `models`.
    pub fn from_args(args: &ExplainArgs, configured: &[ModelConfig], cache_dir: Option<PathBuf>) -> Option<Settings> {
        (args.explain || args.explain_dry_run)
            .then(|| Settings::new(&args.model, configured, args.explain_max, args.explain_dry_run, cache_dir))
    }

    /// `None` without `--propose`.
    pub fn for_proposals(
        args: &ProposeArgs,
        configured: &[ModelConfig],
        cache_dir: Option<PathBuf>,
    ) -> Option<Settings> {
        args.propose.then(|| Settings::new(&args.model, configured, args.propose_max, false, cache_dir))
    }

    /// For `ask` and `policy new`: the models, budget, timeout, audit log and answer cache.
    pub fn for_questions(model: &ModelArgs, configured: &[ModelConfig], cache_dir: Option<PathBuf>) -> Settings {
        Settings::new(model, configured, 1, false, cache_dir)
    }

    /// Models: `--model` (repeatable, in fallback order), else the config's `models`, else
    /// `OPENAI_MODEL` (default `gpt-4o-mini`) when `OPENAI_BASE_URL` or `OPENAI_API_KEY` is set.
    fn new(
        model: &ModelArgs,
        configured: &[ModelConfig],
        max: usize,
        dry_run: bool,
        cache_dir: Option<PathBuf>,
    ) -> Settings {
        let mut endpoints: Vec<Endpoint> = model.models.iter().map(|s| Endpoint::parse(s)).collect();
        if endpoints.is_empty() {
            endpoints = configured.iter().map(Endpoint::from_config).collect();
        }
        let from_env = ["OPENAI_BASE_URL", "OPENAI_API_KEY"].iter().any(|v| std::env::var_os(v).is_some());
        if endpoints.is_empty() && from_env {
            endpoints.push(Endpoint::parse(&std::env::var("OPENAI_MODEL").unwrap_or_else(|_| "gpt-4o-mini".into())));
        }
        Settings {
            max,
            dry_run,
            endpoints,
            budget: model.model_budget,
            timeout: Duration::from_secs(model.model_timeout.max(1)),
            audit_log: model.audit_log.clone(),
            cache_dir: cache_dir.map(|d| d.join("model-answers")),
        }
    }
}

/// One finding's request: where it is in the report and what would be sent.
struct Job {
    index: usize,
    redacted_block: String,
    prompt: Prompt,
}

pub(crate) fn file_text(file: &str, sources: &BTreeMap<String, Arc<str>>) -> String {
    sources.get(file).map(|t| t.to_string()).or_else(|| std::fs::read_to_string(file).ok()).unwrap_or_default()
}

/// The values of sensitive variables declared next to the explained files.
pub(crate) fn sensitive_values(report: &Report, picked: &[usize]) -> Vec<String> {
    sensitive_values_beside(picked.iter().map(|&i| report.findings[i].file.as_str()))
}

/// The values of sensitive variables (and `.tfvars` entries for them) in the folders of these files.
pub(crate) fn sensitive_values_beside<'a>(files: impl Iterator<Item = &'a str>) -> Vec<String> {
    let dirs: std::collections::BTreeSet<PathBuf> =
        files.filter_map(|f| Path::new(f).parent().map(Path::to_path_buf)).collect();
    let (mut terraform, mut tfvars) = (Vec::new(), Vec::new());
    for dir in dirs {
        let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
            if name.ends_with(".tf") {
                terraform.push(text);
            } else if name.ends_with(".tfvars") {
                tfvars.push(text);
            }
        }
    }
    let terraform: Vec<&str> = terraform.iter().map(String::as_str).collect();
    let tfvars: Vec<&str> = tfvars.iter().map(String::as_str).collect();
    redact::sensitive_values(&terraform, &tfvars)
}

/// Explains the report's selected findings in place.
pub fn explain(report: &mut Report, sources: &BTreeMap<String, Arc<str>>, settings: &Settings) {
    let picked = explain_from_rules(report, settings.max);
    if settings.endpoints.is_empty() && !settings.dry_run {
        return;
    }
    let secrets = sensitive_values(report, &picked);
    let jobs: Vec<Job> = picked
        .iter()
        .map(|&index| {
            let finding = &report.findings[index];
            let text = file_text(&finding.file, sources);
            let (redacted_block, _) =
                redact::redact(&block(&text, &finding.file, finding.line, finding.end_line), &secrets);
            let rule = report.rules.iter().find(|r| r.id == finding.rule_id);
            let prompt = prompt::build(rule, finding, &redacted_block);
            Job { index, redacted_block, prompt }
        })
        .collect();
    if settings.dry_run {
        let model = settings.endpoints.first().map_or("(no model configured)", |e| e.model.as_str());
        for job in &jobs {
            let request = json!({
                "finding": report.findings[job.index].fingerprint,
                "model": model,
                "messages": [{"role": "system", "content": job.prompt.system}, {"role": "user", "content": job.prompt.user}],
            });
            eprintln!("{request}");
        }
        return;
    }
    let mut chain = match chain::Chain::new(settings) {
        Ok(chain) => chain,
        Err(message) => {
            warn(report, "explain-failed", format!("explanations from the rules only: {message}"));
            return;
        }
    };
    let mut failures = 0usize;
    for job in &jobs {
        let answer = chain.explain(&report.findings[job.index], &job.redacted_block, &job.prompt);
        let finding = &mut report.findings[job.index];
        match answer {
            Ok(explanation) => finding.explanation = Some(explanation),
            Err(note) => {
                failures += 1;
                if let Some(explanation) = finding.explanation.as_mut() {
                    explanation.note = Some(note);
                }
            }
        }
    }
    let budget_hit = chain.budget_hit;
    if budget_hit {
        let message = format!(
            "the explanation token budget ({} tokens) was spent: later findings keep their rule's explanation",
            settings.budget
        );
        warn(report, "explain-budget-spent", message);
    } else if failures > 0 {
        let message = format!("{failures} findings keep their rule's explanation: the model gave no usable answer");
        warn(report, "explain-failed", message);
    }
}

fn warn(report: &mut Report, code: &str, message: String) {
    report.warnings.push(Warning { code: code.into(), message, file: None, line: None });
    report.summary.warnings = report.warnings.len();
}
