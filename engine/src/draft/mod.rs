//! `tollgate policy new`: a model's draft of a rule folder (metadata fields, policy, unit tests,
//! fixtures), checked for shape, laid out as tollgate's rule folders are (`policy.rego` with the
//! METADATA block written from the fields), and verified like any rule folder before it is written.

pub mod prompt;
pub mod verify;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::ask::query::refused;

/// A drafted rule, as the model answers it.
#[derive(Debug, Clone, Deserialize)]
pub struct Draft {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub severity: String,
    pub resource_types: Vec<String>,
    pub why: String,
    pub remediation: String,
    pub example: String,
    pub policy: String,
    pub policy_test: String,
    pub fixtures: Vec<Fixture>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Fixture {
    pub name: String,
    pub content: String,
}

/// Fixture formats tollgate reads.
const FIXTURE_EXTENSIONS: [&str; 5] = [".tf", ".yaml", ".yml", ".json", ".tfvars"];

impl Draft {
    /// The draft of an answer, or why the answer is not one.
    pub fn from_answer(answer: &serde_json::Value) -> Result<Draft, String> {
        serde_json::from_value(answer.clone()).map_err(|e| format!("the answer is not a rule draft: {e}"))
    }

    /// What makes the draft unusable before it is even tested: names, severity, refused built-ins.
    pub fn problems(&self, builtin_ids: &[String]) -> Vec<String> {
        static ID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Z][A-Z0-9_-]{1,31}$").expect("pattern"));
        static SLUG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z0-9][a-z0-9-]{0,63}$").expect("pattern"));
        let mut problems = Vec::new();
        if !ID.is_match(&self.id) {
            problems.push(format!("id `{}`: upper-case letters, digits, `-` or `_`, at most 32", self.id));
        } else if builtin_ids.contains(&self.id) {
            problems.push(format!("id `{}` is a built-in rule's: choose another", self.id));
        }
        if !SLUG.is_match(&self.slug) {
            problems.push(format!("slug `{}`: lower-case words joined by dashes", self.slug));
        }
        if crate::Severity::ALL.iter().all(|s| s.as_str() != self.severity) {
            problems.push(format!("severity `{}`: low, medium, high or critical", self.severity));
        }
        if self.resource_types.iter().all(|t| t.trim().is_empty()) {
            problems.push("resource_types is empty".into());
        }
        for fixture in &self.fixtures {
            let name = fixture.name.as_str();
            let plain = !name.contains(['/', '\\']) && !name.starts_with('.');
            if !plain || !(name.starts_with("fail_") || name.starts_with("pass_")) {
                problems.push(format!("fixture `{name}`: a file name starting with fail_ or pass_"));
            } else if !FIXTURE_EXTENSIONS.iter().any(|e| name.ends_with(e)) {
                problems.push(format!("fixture `{name}`: one of {}", FIXTURE_EXTENSIONS.join(", ")));
            }
        }
        for (file, source) in [("policy.rego", &self.policy), ("policy_test.rego", &self.policy_test)] {
            if let Some(error) = refused(source) {
                problems.push(format!("{file}:{}:{}: {}", error.line, error.column, error.message));
            }
        }
        problems
    }

    /// The folder's files by relative path.
    pub fn files(&self) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        files.insert("policy.rego".to_owned(), format!("{}{}\n", self.metadata(), without_metadata(&self.policy)));
        files.insert("policy_test.rego".to_owned(), format!("{}\n", self.policy_test.trim()));
        for fixture in &self.fixtures {
            let content = if fixture.content.ends_with('\n') {
                fixture.content.clone()
            } else {
                format!("{}\n", fixture.content)
            };
            files.insert(format!("fixtures/{}", fixture.name), content);
        }
        files
    }

    /// OPA's METADATA block in tollgate's layout (strings as JSON, which YAML reads alike).
    fn metadata(&self) -> String {
        let quote = |s: &str| serde_json::Value::String(s.trim().to_owned()).to_string();
        let types: Vec<String> = self.resource_types.iter().map(|t| quote(t)).collect();
        let mut block = format!(
            "# METADATA\n# title: {}\n# description: {}\n# custom:\n#   id: {}\n#   severity: {}\n#   resource_types: [{}]\n#   why: {}\n#   remediation: {}\n",
            quote(&self.title),
            quote(&self.description),
            quote(&self.id),
            self.severity,
            types.join(", "),
            quote(&self.why),
            quote(&self.remediation),
        );
        if !self.example.trim().is_empty() {
            block.push_str("#   example: |\n");
            for line in self.example.trim_end().lines() {
                block.push_str(&format!("#     {line}\n").replace("#     \n", "#\n"));
            }
        }
        block
    }
}

/// A module with any leading comment block (a METADATA block the model wrote anyway) removed.
fn without_metadata(source: &str) -> String {
    let lines: Vec<&str> = source.trim().lines().collect();
    let start = lines.iter().position(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).unwrap_or(0);
    lines[start..].join("\n")
}
