//! Verifying a draft as `tollgate rules test` verifies a rule folder: written to a scratch folder, it
//! must compile with its metadata, pass its own unit tests, and give a finding on every fail fixture
//! and none on any pass fixture. Every failure is a line a repair round (or the user) can act on.

use std::path::Path;

use super::Draft;
use crate::evaluate::folder_test::{FolderOutcome, test_folder};

/// What verifying a draft found.
#[derive(Debug, Clone)]
pub struct Verification {
    /// What failed, one line each; empty when the draft is verified.
    pub problems: Vec<String>,
    /// The folder test's outcome, when the draft got that far.
    pub outcome: Option<FolderOutcome>,
}

impl Verification {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Writes the draft's files under `folder` (which should be empty).
pub fn write_folder(draft: &Draft, folder: &Path) -> std::io::Result<()> {
    for (relative, content) in draft.files() {
        let path = folder.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, content)?;
    }
    Ok(())
}

/// Verifies the draft in `scratch` (an empty folder of the caller's); `builtin_ids`: ids taken.
pub fn verify(draft: &Draft, scratch: &Path, builtin_ids: &[String]) -> Verification {
    let problems = draft.problems(builtin_ids);
    if !problems.is_empty() {
        return Verification { problems, outcome: None };
    }
    if let Err(e) = write_folder(draft, scratch) {
        return Verification { problems: vec![format!("cannot write the draft: {e}")], outcome: None };
    }
    let outcome = test_folder(scratch);
    let shown = outcome.folder.clone();
    let local =
        |file: &str| file.strip_prefix(&shown).map_or(file.to_owned(), |f| f.trim_start_matches('/').to_owned());
    let mut problems: Vec<String> = outcome.problems.iter().map(|p| p.replace(&format!("{shown}/"), "")).collect();
    if outcome.rule_id.as_deref().is_some_and(|id| id != draft.id) {
        problems.push(format!("the METADATA id is not `{}`", draft.id));
    }
    for test in outcome.unit_tests.iter().filter(|t| !t.passed) {
        let detail = if test.detail.is_empty() { String::new() } else { format!(": {}", test.detail) };
        problems.push(format!("policy_test.rego: {} failed{detail}", test.name));
    }
    for fixture in outcome.fixtures.iter().filter(|f| !f.passed) {
        let file = local(&fixture.file);
        problems.push(match (&fixture.problem, fixture.expect) {
            (Some(problem), _) => format!("{file}: {problem}"),
            (None, "fail") => format!("{file}: a fail fixture, but the policy gives it no finding"),
            (None, _) => format!("{file}: a pass fixture, but the policy gives it {} finding(s)", fixture.findings),
        });
    }
    Verification { problems, outcome: Some(outcome) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn draft(pass_content: &str) -> Draft {
        Draft::from_answer(&json!({
            "id": "ORG001", "slug": "rds-deletion-protection", "title": "RDS instance without deletion protection",
            "description": "An RDS instance does not set deletion_protection = true.", "severity": "high",
            "resource_types": ["aws_db_instance"], "why": "A deleted database is gone with its data.",
            "remediation": "Set deletion_protection = true.", "example": "resource \"aws_db_instance\" \"db\" {\n  deletion_protection = true\n}",
            "policy": "package custom.rds_deletion_protection\n\nimport rego.v1\n\ndeny contains {\"msg\": sprintf(\"%s can be deleted\", [input.address]), \"attribute\": \"deletion_protection\"} if {\n\tinput.type == \"aws_db_instance\"\n\tnot object.get(input.values, \"deletion_protection\", false) == true\n}\n",
            "policy_test": "package custom.rds_deletion_protection_test\n\nimport rego.v1\n\nimport data.custom.rds_deletion_protection as rule\n\ntest_denied if {\n\tcount(rule.deny) == 1 with input as {\"type\": \"aws_db_instance\", \"address\": \"a\", \"values\": {}}\n}\n\ntest_allowed if {\n\tcount(rule.deny) == 0 with input as {\"type\": \"aws_db_instance\", \"address\": \"a\", \"values\": {\"deletion_protection\": true}}\n}\n",
            "fixtures": [
                {"name": "fail_db.tf", "content": "resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n}\n"},
                {"name": "pass_db.tf", "content": pass_content}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_sound_draft_is_verified() {
        let dir = tempfile::tempdir().unwrap();
        let good = draft(
            "resource \"aws_db_instance\" \"db\" {\n  engine              = \"postgres\"\n  deletion_protection = true\n}\n",
        );
        let verification = verify(&good, dir.path(), &["AWS001".into()]);
        assert!(verification.passed(), "{:?}", verification.problems);
        let policy = std::fs::read_to_string(dir.path().join("policy.rego")).unwrap();
        assert!(policy.starts_with("# METADATA\n# title: \"RDS instance without deletion protection\""), "{policy}");
    }

    #[test]
    fn a_pass_fixture_with_a_finding_fails_verification() {
        let dir = tempfile::tempdir().unwrap();
        let bad = draft("resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n}\n");
        let verification = verify(&bad, dir.path(), &[]);
        assert_eq!(
            verification.problems,
            ["fixtures/pass_db.tf: a pass fixture, but the policy gives it 1 finding(s)"]
        );
    }

    #[test]
    fn names_and_refused_builtins_are_problems() {
        let mut bad = draft("");
        bad.slug = "../escape".into();
        bad.fixtures[0].name = "../../etc/passwd".into();
        bad.policy.push_str("x := http.send({})\n");
        let problems = bad.problems(&[]);
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
