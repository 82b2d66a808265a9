//! The fallback chain of models for one finding: the answer cache first, then each model in turn
//! until one gives a usable answer, within the run's token budget; every step is audited.

use serde_json::Value;
use tollgate_engine::explain::Explanation;
use tollgate_engine::explain::prompt::{self, Prompt};
use tollgate_engine::report::model::Finding;

use super::Settings;
use super::audit::{AuditLog, Entry};
use super::cache;
use super::model::{CallError, Model};

/// What is asked: the prompt, its template's version (part of the cache key) and the answer's schema.
pub struct Question<'a> {
    pub version: &'static str,
    pub schema: Value,
    pub prompt: &'a Prompt,
}

/// What a question is about, for the cache key and the audit log: a rule id (or the command, `ask`),
/// a reference (a finding's fingerprint, a question's hash) and the material the answer depends on
/// (the redacted block, the estate's shape), hashed into the key.
pub struct Topic<'a> {
    pub rule_id: &'a str,
    pub reference: &'a str,
    pub material: &'a str,
}

impl<'a> Topic<'a> {
    pub fn finding(finding: &'a Finding, redacted_block: &'a str) -> Topic<'a> {
        Topic { rule_id: &finding.rule_id, reference: &finding.fingerprint, material: redacted_block }
    }
}

pub struct Chain<'a> {
    settings: &'a Settings,
    runtime: tokio::runtime::Runtime,
    models: Vec<Model>,
    audit: AuditLog,
    spent: u64,
    /// Whether the budget stopped a request.
    pub budget_hit: bool,
}

impl<'a> Chain<'a> {
    pub fn new(settings: &'a Settings) -> Result<Chain<'a>, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("no async runtime ({e})"))?;
        Ok(Chain {
            settings,
            runtime,
            models: settings.endpoints.iter().map(|e| Model::new(e.clone(), settings.timeout)).collect(),
            audit: AuditLog::open(settings.audit_log.as_deref()),
            spent: 0,
            budget_hit: false,
        })
    }

    /// The first usable explanation for the finding, or why there is none.
    pub fn explain(&mut self, finding: &Finding, redacted_block: &str, prompt: &Prompt) -> Result<Explanation, String> {
        let question = Question { version: prompt::PROMPT_VERSION, schema: prompt::answer_schema(), prompt };
        self.answer(&Topic::finding(finding, redacted_block), &question, from_answer)
    }

    /// The first answer `accept` takes (given the answer, the model and whether it came from the
    /// cache), trying the cache and then each model in turn; or why there is none.
    pub fn answer<T>(
        &mut self,
        topic: &Topic<'_>,
        question: &Question<'_>,
        accept: impl Fn(&Value, &str, bool) -> Option<T>,
    ) -> Result<T, String> {
        let prompt = question.prompt;
        let mut note = "no model configured".to_owned();
        let cache_dir = self.settings.cache_dir.as_deref();
        for model in &self.models {
            let name = &model.endpoint.model;
            let key = prompt::cache_key(topic.rule_id, topic.material, name, question.version);
            let entry = Entry::new(name, topic.rule_id, topic.reference, &prompt::hash(prompt));
            if let Some(answer) = cache::read(cache_dir, &key).and_then(|v| accept(&v, name, true)) {
                self.audit.write(entry.cache_hit());
                return Ok(answer);
            }
            if self.spent >= self.settings.budget {
                self.budget_hit = true;
                self.audit.write(entry.outcome("budget_spent"));
                return Err(format!("the token budget ({} tokens) is spent", self.settings.budget));
            }
            let result = self.runtime.block_on(model.ask(&prompt.system, &prompt.user, &question.schema));
            match result {
                Ok(answer) => {
                    self.spent += answer.prompt_tokens + answer.completion_tokens;
                    let entry = entry.tokens(answer.prompt_tokens, answer.completion_tokens);
                    if let Some(accepted) = accept(&answer.value, name, false) {
                        cache::write(cache_dir, &key, &answer.value);
                        self.audit.write(entry.outcome("answered"));
                        return Ok(accepted);
                    }
                    self.audit.write(entry.outcome("invalid_answer"));
                    note = format!("{name}'s answer does not have the fields asked for");
                }
                Err(CallError::Invalid { message, prompt_tokens, completion_tokens }) => {
                    self.spent += prompt_tokens + completion_tokens;
                    self.audit.write(entry.tokens(prompt_tokens, completion_tokens).outcome("invalid_answer"));
                    note = format!("{name}: {message}");
                }
                Err(CallError::Failed(message)) => {
                    self.audit.write(entry.outcome("failed"));
                    note = message;
                }
            }
        }
        Err(note)
    }
}

/// An explanation from a model's (or the cache's) JSON answer, when it has the three fields.
fn from_answer(value: &Value, model: &str, cached: bool) -> Option<Explanation> {
    let text = |name: &str| value.get(name).and_then(|v| v.as_str()).map(str::trim).filter(|t| !t.is_empty());
    Some(Explanation {
        source: "model".into(),
        model: Some(model.to_owned()),
        risk: text("risk")?.to_owned(),
        change: text("change")?.to_owned(),
        tradeoffs: text("tradeoffs")?.to_owned(),
        cached,
        note: None,
    })
}
