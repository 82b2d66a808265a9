//! `action.yml`, the example workflows in `examples/github/` and the release workflow validate against SchemaStore's
//! schemas for GitHub Action metadata and workflow files (read as YAML 1.2, as GitHub reads them).

use serde_json::Value;
use tollgate_engine::normalize::yaml_tree::parse_values;

use crate::support::{repo_root, validate};

fn yaml(path: &str) -> Value {
    let text = std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = parse_values(&text).unwrap_or_else(|e| panic!("{path} is not YAML: {e:?}"));
    assert_eq!(docs.len(), 1, "{path}: one document");
    docs.remove(0)
}

#[test]
fn action_metadata_validates() {
    let action = yaml("action.yml");
    validate("cli/tests/schemas/github-action.json", &action);
    // Every input the steps read is declared.
    let text = std::fs::read_to_string(repo_root().join("action.yml")).expect("action.yml");
    for used in text.split("inputs.").skip(1) {
        let name: String = used.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        assert!(action["inputs"].get(&name).is_some(), "action.yml uses undeclared input `{name}`");
    }
}

#[test]
fn example_and_release_workflows_validate() {
    let dir = repo_root().join("examples/github");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/github")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yml"))
        .collect();
    names.sort();
    assert_eq!(names, ["nightly-drift.yml", "pull-request.yml", "sharded.yml"]);
    let paths = names.iter().map(|n| format!("examples/github/{n}")).chain([".github/workflows/release.yml".into()]);
    for name in paths {
        let workflow = yaml(&name);
        assert!(workflow.get("on").is_some(), "{name}: `on` stays a key under YAML 1.2");
        validate("cli/tests/schemas/github-workflow.json", &workflow);
    }
}
