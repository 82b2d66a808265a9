//! `fix --propose`: for findings whose rule declares no fix, the model is asked for one (the redacted
//! resource block and the rule text only); an answer becomes the finding's fix data, which `tollgate
//! fix` then applies and verifies like a rule's. Unverified proposals are discarded by the caller.

use std::collections::BTreeMap;

use serde_json::json;
use tollgate_engine::explain::fix_prompt::{self, FIX_PROMPT_VERSION};
use tollgate_engine::explain::{block, redact};
use tollgate_engine::fix::plan::FixFilter;
use tollgate_engine::report::model::Report;

use super::chain::{Chain, Question, Topic};
use super::{Settings, file_text, sensitive_values};

/// Files whose fixes the fix machinery writes.
fn editable(file: &str) -> bool {
    [".tf", ".yaml", ".yml"].iter().any(|ext| file.ends_with(ext))
}

/// Asks for fixes and attaches them to their findings. Returns the finding keys (`finding
/// <fingerprint> <file>`) that got a proposal, with the model that proposed it.
pub fn propose_fixes(report: &mut Report, filter: &FixFilter, settings: &Settings) -> BTreeMap<String, String> {
    let picked: Vec<usize> = (0..report.findings.len())
        .filter(|&i| {
            let f = &report.findings[i];
            f.is_active() && f.fix.is_none() && !f.live_only && editable(&f.file) && filter.wants(f)
        })
        .take(settings.max)
        .collect();
    let mut proposed = BTreeMap::new();
    if picked.is_empty() || settings.endpoints.is_empty() {
        if !picked.is_empty() {
            eprintln!("note: --propose needs a model (--model, OPENAI_BASE_URL or OPENAI_API_KEY): nothing asked");
        }
        return proposed;
    }
    let secrets = sensitive_values(report, &picked);
    let mut chain = match Chain::new(settings) {
        Ok(chain) => chain,
        Err(message) => {
            eprintln!("note: no fixes proposed: {message}");
            return proposed;
        }
    };
    for i in picked {
        let finding = &report.findings[i];
        let text = file_text(&finding.file, &BTreeMap::new());
        let (redacted, _) = redact::redact(&block(&text, &finding.file, finding.line, finding.end_line), &secrets);
        let rule = report.rules.iter().find(|r| r.id == finding.rule_id);
        let prompt = fix_prompt::build(rule, finding, &redacted);
        if settings.dry_run {
            let messages =
                json!([{"role": "system", "content": prompt.system}, {"role": "user", "content": prompt.user}]);
            eprintln!("{}", json!({"finding": finding.fingerprint, "messages": messages}));
            continue;
        }
        let question = Question { version: FIX_PROMPT_VERSION, schema: fix_prompt::schema(), prompt: &prompt };
        let answer = chain.answer(&Topic::finding(finding, &redacted), &question, |value, model, _| {
            fix_prompt::fix_from_answer(value).map(|fix| (fix, model.to_owned()))
        });
        match answer {
            Ok((fix, model)) => {
                proposed.insert(format!("finding {} {}", finding.fingerprint, finding.file), model);
                report.findings[i].fix = Some(fix);
            }
            Err(note) => eprintln!("note: no fix proposed for {} {}: {note}", finding.rule_id, finding.resource),
        }
    }
    proposed
}
